package org.arhub.cashapp;

import java.util.Optional;

/**
 * One invoice a rule says a payment pays, with what the payer said about it when it said something.
 *
 * @param line the remittance line that names the invoice, when one does (its amounts settle it)
 * @param matchedOn what matched: the reference as written, or "amount"
 */
public record Claim(OpenInvoice invoice, Optional<RemittanceLine> line, String matchedOn) {
  public static Claim of(OpenInvoice invoice, String matchedOn) {
    return new Claim(invoice, Optional.empty(), matchedOn);
  }
}
