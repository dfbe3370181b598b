package org.arhub.formats.lockbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a pass over a file puts the problems it finds: reading stops at the first (the sink must
 * not receive more of an invalid file), validating collects them all so an onboarding report lists
 * every one. The list is capped so a file of garbage cannot fill the heap with complaints.
 */
final class LockboxProblems {
  static final int MAX_COLLECTED = 1000;

  /** Thrown in stop-at-first mode to unwind the pass; carries the problem, not a stack trace. */
  static final class FirstProblem extends RuntimeException {
    private final transient LockboxProblem problem;

    private FirstProblem(LockboxProblem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    LockboxProblem problem() {
      return problem;
    }
  }

  private final boolean stopAtFirst;
  private final List<LockboxProblem> found = new ArrayList<>();
  private long dropped;

  private LockboxProblems(boolean stopAtFirst) {
    this.stopAtFirst = stopAtFirst;
  }

  static LockboxProblems stopAtFirst() {
    return new LockboxProblems(true);
  }

  static LockboxProblems collectAll() {
    return new LockboxProblems(false);
  }

  void report(LockboxProblem problem) {
    if (stopAtFirst) {
      throw new FirstProblem(problem);
    }
    if (found.size() < MAX_COLLECTED) {
      found.add(problem);
    } else {
      dropped++;
    }
  }

  /** Every problem found, with a last line counting those left out beyond the cap. */
  List<LockboxProblem> all() {
    if (dropped == 0) {
      return List.copyOf(found);
    }
    List<LockboxProblem> all = new ArrayList<>(found);
    LockboxProblem last = found.get(found.size() - 1);
    all.add(
        new LockboxProblem(
            last.line(), last.position(), "and " + dropped + " more problems not listed"));
    return List.copyOf(all);
  }
}
