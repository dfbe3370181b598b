package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import org.arhub.model.Statement;
import org.arhub.model.StatementTotals;

/**
 * One lockbox's deposit while its batches stream past: the statement it became, and the sums of its
 * batch totals (7) that its service total (8) must agree with.
 */
final class LockboxDeposit {
  private final LockboxDetailHeader first;
  private final StatementTotals totals;
  private BigDecimal amount = BigDecimal.ZERO;
  private int batches;
  private int checks;
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

  /** Adds a batch's stated total; its checks as counted by the 7 record when it gives a count, else as counted by the reader. */
  void batchClosed(BigDecimal statedAmount, int checkCount) {
    amount = amount.add(statedAmount);
    checks += checkCount;
  }

  /** A batch of this lockbox has no readable total: the lockbox's totals cannot be checked. */
  void unreadableBatch() {
    unreadableBatch = true;
  }

  boolean totalsKnown() {
    return !unreadableBatch;
  }

  BigDecimal amount() {
    return amount;
  }

  int batches() {
    return batches;
  }

  int checks() {
    return checks;
  }
}
