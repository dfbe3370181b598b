package org.arhub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A remittance advice (X12 820): which invoices one payment pays.
 *
 * @param trace the payment's trace number (820 TRN02), the link to the bank payment
 * @param payer the payer's name (N1*PR)
 * @param payee the payee's name (N1*PE)
 * @param amount the payment's amount as the payer states it (BPR02)
 * @param paymentMethod how the money moves (BPR04: ACH, CHK, FWT, BOP, NON, ...)
 * @param direction credit or debit to the payee (BPR03 C/D)
 * @param paymentDate the payment's effective date (BPR16)
 * @param payerId the payer's identifier (N1*PR N104)
 * @param payeeId the payee's identifier (N1*PE N104)
 * @param adjustments adjustments of the whole payment, not of one invoice (820 ADX outside RMR)
 * @param discrepancy why the stated amount does not add up, when it does not (kept, not rejected)
 */
public record Remittance(
    String trace,
    Optional<String> payer,
    Optional<String> payee,
    BigDecimal amount,
    String currency,
    List<Line> lines,
    Optional<String> paymentMethod,
    Optional<Direction> direction,
    Optional<LocalDate> paymentDate,
    Optional<String> payerId,
    Optional<String> payeeId,
    List<Adjustment> adjustments,
    Optional<String> discrepancy) {
  public Remittance {
    lines = List.copyOf(lines);
    adjustments = List.copyOf(adjustments);
  }

  /** A remittance with only the keys DESIGN.md names. */
  public Remittance(
      String trace,
      Optional<String> payer,
      Optional<String> payee,
      BigDecimal amount,
      String currency,
      List<Line> lines) {
    this(
        trace,
        payer,
        payee,
        amount,
        currency,
        lines,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /**
   * One invoice paid: 820 RMR with its REF/DTM/ADX. A negative {@code paid} is a credit memo taken.
   *
   * @param referenceQualifier what {@code invoice} is (RMR01: IV invoice, PO purchase order, CM
   *     credit memo, ...)
   * @param date the document's date (DTM under RMR, e.g. 003 invoice date)
   * @param references further references of the document (REF under RMR)
   */
  public record Line(
      String invoice,
      BigDecimal paid,
      Optional<BigDecimal> invoiced,
      Optional<BigDecimal> discount,
      List<Adjustment> adjustments,
      Optional<String> referenceQualifier,
      Optional<LocalDate> date,
      List<Reference> references) {
    public Line {
      adjustments = List.copyOf(adjustments);
      references = List.copyOf(references);
    }

    public Line(
        String invoice,
        BigDecimal paid,
        Optional<BigDecimal> invoiced,
        Optional<BigDecimal> discount,
        List<Adjustment> adjustments) {
      this(
          invoice,
          paid,
          invoiced,
          discount,
          adjustments,
          Optional.empty(),
          Optional.empty(),
          List.of());
    }
  }

  /**
   * A deduction or addition with its reason code (X12 ADX02 / CARC) and the reason's category in
   * the hub's one taxonomy (mappings/reason-codes.csv: discount, pricing, freight, damage, ...).
   *
   * @param reference the document the adjustment refers to (ADX04, e.g. a credit memo number)
   */
  public record Adjustment(
      BigDecimal amount, String reason, String category, Optional<String> reference) {
    public Adjustment(BigDecimal amount, String reason) {
      this(amount, reason, "other", Optional.empty());
    }
  }

  /** A reference by qualifier (X12 REF01/REF02). */
  public record Reference(String qualifier, String value) {}
}
