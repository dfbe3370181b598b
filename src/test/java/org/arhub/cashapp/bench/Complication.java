package org.arhub.cashapp.bench;

import static org.arhub.cashapp.bench.PaymentFormat.BAI2;
import static org.arhub.cashapp.bench.PaymentFormat.CAMT053;
import static org.arhub.cashapp.bench.PaymentFormat.LOCKBOX;

import java.util.List;

/**
 * What makes a labelled payment hard to apply, with its share of the generated payments (weights
 * add up to 100) and the bank formats it can realistically arrive in: a lockbox check carries no
 * free text and no bank charges, a BAI2 16 names no payer account, an 820 is linked by the trace a
 * camt EndToEndId or a BAI2 customer reference carries.
 */
enum Complication {
  CLEAN_REFERENCE("clean_reference", 39, CAMT053, BAI2, LOCKBOX),
  REFERENCE_FORMAT("reference_format", 10, CAMT053, BAI2, LOCKBOX),
  REFERENCE_TYPO("reference_typo", 4, CAMT053, BAI2, LOCKBOX),
  MULTI_INVOICE_STRUCTURED("multi_invoice_structured", 7, CAMT053, LOCKBOX),
  MULTI_INVOICE_TEXT("multi_invoice_text", 4, CAMT053, BAI2),
  TEXT_WITH_NOISE("text_with_po_and_dates", 5, CAMT053, BAI2),
  AMOUNT_ONLY("no_reference_exact_amount", 4, CAMT053, LOCKBOX),
  AMOUNT_SUM("no_reference_sum_of_invoices", 2, CAMT053, LOCKBOX),
  DISCOUNT_TAKEN("discount_within_terms", 4, CAMT053, BAI2, LOCKBOX),
  BANK_CHARGES("bank_charges_short_pay", 3, CAMT053, BAI2),
  PARTIAL_PAYMENT("partial_payment", 2, CAMT053, BAI2, LOCKBOX),
  DEDUCTION("deduction_with_reason_code", 2, CAMT053, BAI2),
  OVERPAYMENT("overpayment", 2, CAMT053, BAI2, LOCKBOX),
  UNKNOWN_PAYER("unknown_payer", 2, CAMT053, BAI2, LOCKBOX),
  NAME_ONLY_PAYER("name_only_payer", 2, CAMT053, LOCKBOX),
  SEPARATE_820("remittance_in_separate_820", 4, CAMT053, BAI2),
  PARENT_PAYS_SUBSIDIARY("parent_pays_subsidiary", 2, CAMT053, LOCKBOX),
  CURRENCY_MISMATCH("currency_mismatch", 1, CAMT053, BAI2, LOCKBOX),
  AMBIGUOUS_AMOUNT("ambiguous_amount", 1, CAMT053, LOCKBOX);

  private final String label;
  private final int weight;
  private final List<PaymentFormat> formats;

  Complication(String label, int weight, PaymentFormat... formats) {
    this.label = label;
    this.weight = weight;
    this.formats = List.of(formats);
  }

  String label() {
    return label;
  }

  int weight() {
    return weight;
  }

  List<PaymentFormat> formats() {
    return formats;
  }

  /** Deductions and separate remittances reach the hub as an 820 beside the bank payment. */
  boolean hasRemittanceAdvice() {
    return this == DEDUCTION || this == SEPARATE_820;
  }
}
