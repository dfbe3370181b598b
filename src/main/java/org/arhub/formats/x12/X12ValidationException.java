package org.arhub.formats.x12;

import java.util.List;

/**
 * An interchange arhub was about to send that fails its implementation schema (or cannot be made
 * from its input): it is not returned. Every problem is listed, each with its segment.
 */
public final class X12ValidationException extends Exception {
  private final List<String> problems;

  public X12ValidationException(String what, List<String> problems) {
    super(what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
