package org.arhub.formats.bai2;

import java.util.List;

/**
 * What a validation pass found in a BAI2 file: every problem (for a partner-onboarding report), and
 * the figures the reader counted and added up itself, which a valid file's trailers agree with.
 *
 * @param records physical records counted, 01 to 99, continuations included
 * @param controlTotal the file's control total as computed from its 03 and 16 amounts, in the
 *     file's implied-decimal units (the 99 states the same number)
 */
public record Bai2Report(
    List<Bai2Problem> problems,
    long records,
    int groups,
    int accounts,
    int details,
    long controlTotal) {
  public Bai2Report {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /** The problems as one line each: "line 41 (49 account trailer): account control total ...". */
  public List<String> messages() {
    return problems.stream().map(Bai2Problem::toString).toList();
  }
}
