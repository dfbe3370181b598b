package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one rule proposes: these invoices for this payment, how sure it is, and why.
 *
 * @param amountConfirmed whether the rule already checked that the amounts fit (amount rules);
 *     reference rules leave the amount check to the settlement
 */
public record Proposal(
    String rule,
    List<Claim> claims,
    BigDecimal confidence,
    boolean amountConfirmed,
    List<String> evidence) {
  public Proposal {
    claims = List.copyOf(claims);
    evidence = List.copyOf(evidence);
  }

  public List<String> invoiceNumbers() {
    return claims.stream().map(c -> c.invoice().number()).toList();
  }
}
