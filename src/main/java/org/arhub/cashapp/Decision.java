package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the engine decided for one payment, with its evidence. APPLIED: the allocations are applied
 * and {@code onAccount} stays with the customer. EXCEPTION: nothing is applied; the payment waits
 * for a person with the ranked {@code candidates} and the {@code reason}.
 *
 * @param rule the rule that decided (APPLIED), or the best candidate's rule
 * @param evidence what the engine saw, in the order it looked: customer, rule, amounts
 */
public record Decision(
    String paymentId,
    Outcome outcome,
    Optional<String> customerId,
    String rule,
    BigDecimal confidence,
    List<Allocation> allocations,
    BigDecimal onAccount,
    Optional<String> reason,
    List<Candidate> candidates,
    List<String> evidence) {
  public Decision {
    allocations = List.copyOf(allocations);
    candidates = List.copyOf(candidates);
    evidence = List.copyOf(evidence);
  }

  public enum Outcome {
    APPLIED,
    EXCEPTION
  }

  public boolean isApplied() {
    return outcome == Outcome.APPLIED;
  }

  /** Cash applied to invoices. */
  public BigDecimal cashApplied() {
    return allocations.stream().map(Allocation::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
