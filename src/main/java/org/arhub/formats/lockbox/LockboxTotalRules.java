package org.arhub.formats.lockbox;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a batch total (7) and a service total (8) must agree with (BAI lockbox format): a batch
 * total closes the batch that is open, with its number of checks and their sum; a service total
 * closes its lockbox, with its number of batches, of checks, and the sum of its batch totals (or of
 * its checks, where a batch total already disagreed with them: one mistake is reported once).
 */
final class LockboxTotalRules {
  private final LockboxFields fields;

  LockboxTotalRules(LockboxFields fields) {
    this.fields = fields;
  }

  void batch(LockboxBatchTotal total, LockboxBatch closing) {
    LockboxDetailHeader open = closing.header();
    String name = "batch " + open.batchNumber();
    if (!total.batchNumber().equals(open.batchNumber())) {
      fields.problem(
          "batchNumber",
          "closes batch " + total.batchNumber() + " but the open batch is " + closing.describe());
    }
    sameLockbox(total.lockboxNumber(), open.lockboxNumber(), closing.describe());
    sameDate(total.depositDate(), open.depositDate(), closing.describe());
    if (!closing.totalsKnown()) {
      return;
    }
    total
        .checkCount()
        .filter(count -> count != closing.checks())
        .ifPresent(
            count ->
                fields.problem(
                    "checkCount",
                    name + " states " + count + " checks but holds " + closing.checks()));
    if (total.amount().compareTo(closing.amount()) != 0) {
      fields.problem(
          "amount",
          name
              + " states "
              + total.amount().toPlainString()
              + " but its "
              + checks(closing.checks())
              + " add up to "
              + closing.amount().toPlainString());
    }
  }

  void lockbox(LockboxServiceTotal total, LockboxDeposit closing) {
    String name = "lockbox " + closing.lockboxNumber();
    sameLockbox(total.lockboxNumber(), closing.lockboxNumber(), closing.describe());
    sameDate(total.depositDate(), closing.first().depositDate(), closing.describe());
    if (!closing.totalsKnown()) {
      return;
    }
    total
        .batchCount()
        .filter(count -> count != closing.batches())
        .ifPresent(
            count ->
                fields.problem(
                    "batchCount",
                    name + " states " + count + " batches but has " + closing.batches()));
    total
        .checkCount()
        .filter(count -> count != closing.statedChecks() && count != closing.computedChecks())
        .ifPresent(
            count ->
                fields.problem(
                    "checkCount",
                    name
                        + " states "
                        + count
                        + " checks but its batches hold "
                        + closing.statedChecks()
                        + (closing.statedChecks() == closing.computedChecks()
                            ? ""
                            : " (" + closing.computedChecks() + " counted)")));
    boolean agrees =
        total.amount().compareTo(closing.statedAmount()) == 0
            || closing
                .computedAmount()
                .filter(computed -> total.amount().compareTo(computed) == 0)
                .isPresent();
    if (!agrees) {
      fields.problem(
          "amount",
          name
              + " states "
              + total.amount().toPlainString()
              + " but its "
              + closing.batches()
              + " batch totals add up to "
              + closing.statedAmount().toPlainString()
              + closing
                  .computedAmount()
                  .filter(c -> c.compareTo(closing.statedAmount()) != 0)
                  .map(c -> " (its checks to " + c.toPlainString() + ")")
                  .orElse(""));
    }
  }

  private void sameLockbox(Optional<String> stated, String open, String describe) {
    stated
        .filter(number -> !number.equals(open))
        .ifPresent(
            number ->
                fields.problem("lockboxNumber", "is " + number + " but it closes " + describe));
  }

  private void sameDate(Optional<LocalDate> stated, LocalDate open, String describe) {
    stated
        .filter(date -> !date.equals(open))
        .ifPresent(
            date ->
                fields.problem(
                    "depositDate", "is " + date + " but " + describe + " is deposited " + open));
  }

  private static String checks(int count) {
    return count == 1 ? "1 check" : count + " checks";
  }
}
