package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a decision does to one invoice. The invoice's open amount falls by {@code cash + discount +
 * writeOff}; the {@code disputed} part stays open and a dispute is opened for it.
 *
 * @param discount early-payment discount granted (booked to discounts allowed)
 * @param writeOff a small difference settled by policy, e.g. bank charges (booked to write-offs)
 * @param disputed the part the payer deducted with a reason, left open under a dispute
 * @param disputeReason the deduction's reason code and its category, "x12:01 pricing"
 * @param remittanceLine the advice line that named the invoice, when one did
 */
public record Allocation(
    String invoiceNumber,
    String customerId,
    BigDecimal cash,
    BigDecimal discount,
    BigDecimal writeOff,
    BigDecimal disputed,
    Optional<String> disputeReason,
    Optional<Integer> remittanceLine) {

  /** What the allocation takes off the invoice's open amount. */
  public BigDecimal settled() {
    return cash.add(discount).add(writeOff);
  }
}
