package org.arhub.formats.lockbox;

import java.util.List;

/**
 * A lockbox layout that cannot be used, with every problem found in it, each naming the field by
 * its path in the YAML ("records.detail.fields.amount: is required"), so onboarding a bank takes
 * one round of fixes, not one per problem.
 */
public class InvalidLockboxLayoutException extends IllegalArgumentException {
  private final String source;
  private final List<String> problems;

  public InvalidLockboxLayoutException(String source, List<String> problems) {
    super(source + ": " + String.join("; ", problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The layout file, e.g. {@code mappings/lockbox/bai-standard.yaml}. */
  public String source() {
    return source;
  }

  /** Each problem as "field path: what is wrong". */
  public List<String> problems() {
    return problems;
  }
}
