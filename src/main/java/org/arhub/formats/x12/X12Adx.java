package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.util.Optional;
import org.arhub.model.Remittance;

/**
 * ADX Adjustment (820): an amount (ADX01, negative = deducted) with its reason (ADX02, X12 data
 * element 426) and the document it refers to (ADX03 qualifier, ADX04 e.g. a credit memo number).
 */
final class X12Adx {
  private X12Adx() {}

  static Optional<Remittance.Adjustment> read(
      X12Segment adx, X12SetProblems problems, ReasonCodes reasons) {
    Optional<BigDecimal> amount = X12Numbers.decimal(adx.element(1));
    if (amount.isEmpty()) {
      problems.reject(
          adx,
          adx.has(1)
              ? "ADX01 '" + adx.element(1) + "' is not an amount"
              : "ADX01 adjustment amount is missing");
      return Optional.empty();
    }
    String reason = adx.element(2);
    Optional<String> reference = adx.has(4) ? Optional.of(adx.element(4)) : Optional.empty();
    return Optional.of(
        new Remittance.Adjustment(
            amount.get(), reason, reasons.category("x12", reason), reference));
  }
}
