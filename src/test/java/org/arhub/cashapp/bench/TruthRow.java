package org.arhub.cashapp.bench;

import java.math.BigDecimal;

/**
 * One expected outcome of a labelled payment, a row of truth.csv: {@code
 * payment_id,format,complication,invoice_number,amount,outcome}.
 *
 * @param invoice empty for ON_ACCOUNT and EXCEPTION
 */
record TruthRow(
    String paymentId,
    String format,
    String complication,
    String invoice,
    BigDecimal amount,
    Outcome outcome) {

  static final String HEADER = "payment_id,format,complication,invoice_number,amount,outcome";

  /**
   * APPLY: this cash amount applied to this invoice (also when a discount or bank charge settles
   * more); ON_ACCOUNT: the overpaid rest; DISPUTE: the part a deduction left open, informational;
   * EXCEPTION: the right answer is that the machine applies nothing.
   */
  enum Outcome {
    APPLY,
    ON_ACCOUNT,
    DISPUTE,
    EXCEPTION
  }
}
