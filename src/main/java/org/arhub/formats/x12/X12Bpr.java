package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.arhub.model.Direction;

/**
 * BPR Beginning Segment for Payment Order/Remittance Advice (820): the payment's amount (BPR02),
 * credit or debit (BPR03), method (BPR04: ACH, CHK, FWT, ...) and effective date (BPR16).
 *
 * @param handling BPR01: C payment with remittance, I remittance information only, D payment only,
 *     ...
 */
record X12Bpr(
    String handling,
    BigDecimal amount,
    Optional<Direction> direction,
    Optional<String> method,
    Optional<LocalDate> date) {

  /** The BPR, or empty when its amount cannot be read (the set is then rejected). */
  static Optional<X12Bpr> read(X12Segment bpr, X12SetProblems problems) {
    Optional<BigDecimal> amount = X12Numbers.decimal(bpr.element(2));
    if (amount.isEmpty()) {
      problems.reject(
          bpr,
          bpr.has(2)
              ? "BPR02 '" + bpr.element(2) + "' is not an amount"
              : "BPR02 payment amount is missing");
      return Optional.empty();
    }
    Optional<Direction> direction =
        switch (bpr.element(3)) {
          case "C" -> Optional.of(Direction.CREDIT);
          case "D" -> Optional.of(Direction.DEBIT);
          default -> Optional.empty();
        };
    Optional<String> method = bpr.has(4) ? Optional.of(bpr.element(4)) : Optional.empty();
    return Optional.of(
        new X12Bpr(
            bpr.element(1), amount.get(), direction, method, X12Dates.date(bpr.element(16))));
  }
}
