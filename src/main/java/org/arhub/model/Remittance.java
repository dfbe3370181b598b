package org.arhub.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A remittance advice (X12 820): which invoices one payment pays.
 *
 * @param trace the payment's trace number (820 TRN02)
 */
public record Remittance(
    String trace, Optional<String> payer, Optional<String> payee, BigDecimal amount, String currency, List<Line> lines) {
  public Remittance {
    lines = List.copyOf(lines);
  }

  /** One invoice paid: 820 RMR with its REF/DTM/ADX. */
  public record Line(
      String invoice, BigDecimal paid, Optional<BigDecimal> invoiced, Optional<BigDecimal> discount, List<Adjustment> adjustments) {
    public Line {
      adjustments = List.copyOf(adjustments);
    }
  }

  /** A deduction or addition with its reason code (X12 ADX02 / CARC). */
  public record Adjustment(BigDecimal amount, String reason) {}
}
