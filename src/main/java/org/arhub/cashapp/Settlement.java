package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a payment's cash is spread over the invoices a rule found: the allocations, what is left on
 * account, and how the amounts fit ("exact", "discount", "write-off", "partial", "overpaid",
 * "deduction"). A settlement that cannot be made (the advice claims more than was paid) has a
 * {@code refusal}.
 */
public record Settlement(
    List<Allocation> allocations,
    BigDecimal onAccount,
    List<String> fit,
    Optional<String> refusal) {
  public Settlement {
    allocations = List.copyOf(allocations);
    fit = List.copyOf(fit);
  }

  public static Settlement refused(String why) {
    return new Settlement(List.of(), BigDecimal.ZERO, List.of(), Optional.of(why));
  }

  public boolean isRefused() {
    return refusal.isPresent();
  }

  /** Whether every invoice is settled in full (exactly, by discount or by write-off). */
  public boolean settlesInFull() {
    return !fit.contains("partial") && !fit.contains("deduction") && !isRefused();
  }
}
