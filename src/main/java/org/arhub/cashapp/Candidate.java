package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An answer the engine found but did not apply, shown to the accountant with its evidence.
 *
 * @param refusal why it was not applied when that was not only a low confidence
 */
public record Candidate(
    String rule,
    List<String> invoiceNumbers,
    BigDecimal confidence,
    List<String> evidence,
    Optional<String> refusal) {
  public Candidate {
    invoiceNumbers = List.copyOf(invoiceNumbers);
    evidence = List.copyOf(evidence);
  }

  /** One line for a CSV cell or a log: "INV-1+INV-2 SUBSET_SUM 0.60". */
  public String summary() {
    return String.join("+", invoiceNumbers) + " " + rule + " " + confidence.toPlainString();
  }
}
