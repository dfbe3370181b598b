package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a batch total (7) and a service total (8) must agree with (BAI lockbox format): a batch total
 * closes the batch that is open, with its number of checks and their sum; a service total closes its
 * lockbox, with its number of batches, of checks, and the sum of its batch totals.
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
      fields.problem("batchNumber", "closes batch " + total.batchNumber() + " but the open batch is " + closing.describe());
    }
    sameLockbox(total.lockboxNumber(), open.lockboxNumber(), closing.describe());
    sameDate(total.depositDate(), open.depositDate(), closing.describe());
    if (!closing.totalsKnown()) {
      return;
    }
    total.checkCount().filter(count -> count != closing.checks()).ifPresent(count -> fields.problem("checkCount",
        name + " states " + count + " checks but holds " + closing.checks()));
    differs(total.amount(), closing.amount()).ifPresent(stated -> fields.problem("amount",
        name + " states " + stated + " but its " + checks(closing.checks()) + " add up to " + closing.amount().toPlainString()));
  }

  void lockbox(LockboxServiceTotal total, LockboxDeposit closing) {
    String name = "lockbox " + closing.lockboxNumber();
    sameLockbox(total.lockboxNumber(), closing.lockboxNumber(), closing.describe());
    sameDate(total.depositDate(), closing.first().depositDate(), closing.describe());
    if (!closing.totalsKnown()) {
      return;
    }
    total.batchCount().filter(count -> count != closing.batches()).ifPresent(count -> fields.problem("batchCount",
        name + " states " + count + " batches but has " + closing.batches()));
    total.checkCount().filter(count -> count != closing.checks()).ifPresent(count -> fields.problem("checkCount",
        name + " states " + count + " checks but its batches hold " + closing.checks()));
    differs(total.amount(), closing.amount()).ifPresent(stated -> fields.problem("amount",
        name + " states " + stated + " but its " + closing.batches() + " batch totals add up to " + closing.amount().toPlainString()));
  }

  private void sameLockbox(Optional<String> stated, String open, String describe) {
    stated.filter(number -> !number.equals(open)).ifPresent(number -> fields.problem("lockboxNumber",
        "is " + number + " but it closes " + describe));
  }

  private void sameDate(Optional<LocalDate> stated, LocalDate open, String describe) {
    stated.filter(date -> !date.equals(open)).ifPresent(date -> fields.problem("depositDate",
        "is " + date + " but " + describe + " is deposited " + open));
  }

  private static Optional<String> differs(BigDecimal stated, BigDecimal computed) {
    return stated.compareTo(computed) == 0 ? Optional.empty() : Optional.of(stated.toPlainString());
  }

  private static String checks(int count) {
    return count == 1 ? "1 check" : count + " checks";
  }
}
