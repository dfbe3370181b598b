package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.util.Optional;
import org.arhub.model.Statement;
import org.arhub.model.StatementTotals;

/**
 * One lockbox's deposit while its batches stream past: the statement it became, and the sums of its
 * batch totals (7) that its service total (8) must agree with.
 */
final class LockboxDeposit {
  private final LockboxDetailHeader first;
  private final StatementTotals totals;
  private BigDecimal statedAmount = BigDecimal.ZERO;
  private BigDecimal computedAmount = BigDecimal.ZERO;
  private int batches;
  private int statedChecks;
  private int computedChecks;
  private boolean checksKnown = true;
  private boolean unreadableBatch;

  LockboxDeposit(LockboxDetailHeader first, Statement statement) {
    this.first = first;
    this.totals = statement == null ? null : new StatementTotals(statement);
  }

  String lockboxNumber() {
    return first.lockboxNumber();
  }

  LockboxDetailHeader first() {
    return first;
  }

  String describe() {
    return "lockbox " + first.lockboxNumber() + " (opened line " + first.line() + ")";
  }

  /** The statement's running totals, when the pass emits a statement. */
  StatementTotals totals() {
    return totals;
  }

  void batchOpened() {
    batches++;
  }

  /**
   * Adds a closed batch: as its total (7) states it, and as its checks add up (when all could be
   * read). A batch whose total disagrees with its checks was reported at its 7 record; the service
   * total may agree with either figure.
   */
  void batchClosed(LockboxBatchTotal total, LockboxBatch batch) {
    statedAmount = statedAmount.add(total.amount());
    statedChecks += total.checkCount().orElse(batch.checks());
    computedAmount = computedAmount.add(batch.amount());
    computedChecks += batch.checks();
    checksKnown &= batch.totalsKnown();
  }

  /** A batch of this lockbox has no readable total: the lockbox's totals cannot be checked. */
  void unreadableBatch() {
    unreadableBatch = true;
  }

  boolean totalsKnown() {
    return !unreadableBatch;
  }

  int batches() {
    return batches;
  }

  /** The sum of the batch totals as stated. */
  BigDecimal statedAmount() {
    return statedAmount;
  }

  /** The sum of the checks, when every check could be read. */
  Optional<BigDecimal> computedAmount() {
    return checksKnown ? Optional.of(computedAmount) : Optional.empty();
  }

  int statedChecks() {
    return statedChecks;
  }

  int computedChecks() {
    return computedChecks;
  }
}
