package org.arhub.formats.lockbox;

import java.util.Optional;

/**
 * How overflow records (4) must follow their check (BAI lockbox format, type 4): same batch and
 * item as the detail record before them, overflowed record type = the detail's code, sequence
 * numbers 1, 2, 3..., and the last one, only the last, marked "9".
 */
final class LockboxOverflowRules {
  private final LockboxLayout layout;
  private final LockboxCheck check;
  private final LockboxFields fields;

  LockboxOverflowRules(LockboxLayout layout, LockboxCheck check, LockboxFields fields) {
    this.layout = layout;
    this.check = check;
    this.fields = fields;
  }

  void check(LockboxOverflow overflow) {
    LockboxDetail detail = check.detail();
    String before = "the check before it (line " + detail.line() + ")";
    overflow
        .batchNumber()
        .filter(b -> !b.equals(detail.batchNumber()))
        .ifPresent(
            b ->
                fields.problem(
                    "batchNumber",
                    "continues batch "
                        + b
                        + " but "
                        + before
                        + " is in batch "
                        + detail.batchNumber()));
    overflow
        .itemNumber()
        .filter(i -> !i.equals(detail.itemNumber()))
        .ifPresent(
            i ->
                fields.problem(
                    "itemNumber",
                    "continues item " + i + " but " + before + " is item " + detail.itemNumber()));
    String detailCode = layout.record(LockboxRecordType.DETAIL).orElseThrow().code();
    overflow
        .overflowRecordType()
        .filter(t -> !t.equals(detailCode))
        .ifPresent(
            t ->
                fields.problem(
                    "overflowRecordType",
                    "'"
                        + t
                        + "': an overflow here can only continue a detail record ("
                        + detailCode
                        + ")"));
    int expected = check.overflows().size() + 1;
    overflow
        .sequenceNumber()
        .filter(s -> s != expected)
        .ifPresent(
            s ->
                fields.problem(
                    "sequenceNumber",
                    s + " but this is overflow record " + expected + " of " + before));
    overflow
        .lastOverflow()
        .filter(v -> !v.equals(LockboxOverflow.LAST) && !v.equals(LockboxOverflow.MORE))
        .ifPresent(
            v ->
                fields.problem(
                    "lastOverflow",
                    "'"
                        + v
                        + "' is neither "
                        + LockboxOverflow.LAST
                        + " (last) nor "
                        + LockboxOverflow.MORE
                        + " (more follow)"));
    Optional.ofNullable(check.lastOverflow())
        .filter(
            previous -> previous.lastOverflow().filter(LockboxOverflow.LAST::equals).isPresent())
        .ifPresent(
            previous ->
                fields.problem(
                    "follows the overflow record on line "
                        + previous.line()
                        + " that was marked the check's last"));
  }

  /** When the check closes: its last overflow record must not have promised more. */
  static void checkEnded(LockboxCheck check, LockboxProblems problems) {
    LockboxOverflow last = check.lastOverflow();
    if (last != null && last.lastOverflow().filter(LockboxOverflow.MORE::equals).isPresent()) {
      problems.report(
          LockboxProblem.at(
              last.line(),
              LockboxRecordType.OVERFLOW.recordName(),
              "lastOverflow",
              "says more overflow records follow ("
                  + LockboxOverflow.MORE
                  + ") but it is the check's last"));
    }
  }
}
