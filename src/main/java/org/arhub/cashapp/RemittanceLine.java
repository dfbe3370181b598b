package org.arhub.cashapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Remittance.Adjustment;

/**
 * One document the payer says a payment is for: an 820 RMR, a camt RfrdDocInf with its amounts, a
 * lockbox overflow invoice.
 *
 * @param lineNo position in the advice, from 1
 * @param reference the document number as the payer wrote it
 * @param paid what the payer says it pays on it, when stated
 * @param discount the discount the payer says it took, when stated
 * @param adjustments deductions with their reason codes (820 ADX)
 */
public record RemittanceLine(
    int lineNo,
    String reference,
    Optional<BigDecimal> paid,
    Optional<BigDecimal> invoiced,
    Optional<BigDecimal> discount,
    List<Adjustment> adjustments) {
  public RemittanceLine {
    adjustments = List.copyOf(adjustments);
  }

  public static RemittanceLine of(int lineNo, String reference, Optional<BigDecimal> paid) {
    return new RemittanceLine(
        lineNo, reference, paid, Optional.empty(), Optional.empty(), List.of());
  }
}
