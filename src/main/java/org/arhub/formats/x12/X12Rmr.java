package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * RMR Remittance Advice Accounts Receivable Open Item Reference (820): which document (RMR01
 * qualifier: IV invoice, PO, CM credit memo, ...; RMR02 its number) is paid how much (RMR04; a
 * negative amount takes a credit memo), of how much invoiced (RMR05), with what discount (RMR06).
 * RMR07/RMR08 are a reason-coded adjustment of the line.
 */
record X12Rmr(
    Optional<String> qualifier,
    String reference,
    BigDecimal paid,
    Optional<BigDecimal> invoiced,
    Optional<BigDecimal> discount,
    Optional<String> adjustmentReason,
    Optional<BigDecimal> adjustment) {

  static Optional<X12Rmr> read(X12Segment rmr, X12SetProblems problems) {
    Optional<BigDecimal> paid = amount(rmr, 4, problems);
    if (paid.isEmpty()) {
      if (!rmr.has(4)) {
        problems.reject(rmr, "RMR04 amount paid is missing for " + rmr.element(2));
      }
      return Optional.empty();
    }
    Optional<BigDecimal> invoiced = amount(rmr, 5, problems);
    Optional<BigDecimal> discount = amount(rmr, 6, problems);
    Optional<BigDecimal> adjustment = amount(rmr, 8, problems);
    if (unreadable(rmr, 5, invoiced)
        || unreadable(rmr, 6, discount)
        || unreadable(rmr, 8, adjustment)) {
      return Optional.empty();
    }
    return Optional.of(
        new X12Rmr(
            rmr.has(1) ? Optional.of(rmr.element(1)) : Optional.empty(),
            rmr.element(2),
            paid.get(),
            invoiced,
            discount,
            rmr.has(7) ? Optional.of(rmr.element(7)) : Optional.empty(),
            adjustment));
  }

  private static boolean unreadable(X12Segment s, int n, Optional<BigDecimal> amount) {
    return s.has(n) && amount.isEmpty();
  }

  private static Optional<BigDecimal> amount(X12Segment s, int n, X12SetProblems problems) {
    if (!s.has(n)) {
      return Optional.empty();
    }
    Optional<BigDecimal> amount = X12Numbers.decimal(s.element(n));
    if (amount.isEmpty()) {
      problems.reject(s, s.name(n) + " '" + s.element(n) + "' is not an amount");
    }
    return amount;
  }
}
