package org.arhub.cashapp.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One generated payment as its bank file will carry it, with the outcomes a correct cash
 * application reaches for it.
 *
 * @param id the paymentId the hub's reader gives it (camt TxDtls/Refs/AcctSvcrRef, BAI2 bank
 *     reference, lockbox {@code <lockbox>-<batch>-<item>})
 * @param amount what the bank credits, in the format's currency
 * @param trace the camt EndToEndId or BAI2 customer reference; an 820 carries it as TRN02
 * @param text free remittance text, one line each (camt Ustrd, BAI2 16/88 text)
 * @param documents structured references (camt Strd, lockbox overflow records)
 * @param advice the 820 sent separately, when the payer sends one
 */
record LabelledPayment(
    String id,
    PaymentFormat format,
    Complication complication,
    BigDecimal amount,
    Payer payer,
    Optional<String> trace,
    List<String> text,
    List<Document> documents,
    Optional<Advice> advice,
    List<TruthRow> truth) {
  LabelledPayment {
    text = List.copyOf(text);
    documents = List.copyOf(documents);
    truth = List.copyOf(truth);
  }

  /**
   * Who pays, as the bank reports it; {@code bankId} is the routing number of a check's MICR line.
   */
  record Payer(Optional<String> name, Optional<String> account, Optional<String> bankId) {}

  /**
   * An invoice the payer names in structured remittance, as the payer wrote its number.
   *
   * @param due what the payer thinks was due (camt DuePyblAmt), when stated
   * @param paid what the payer pays on it (camt RmtdAmt, lockbox invoice amount), when stated
   */
  record Document(String reference, Optional<BigDecimal> due, Optional<BigDecimal> paid) {}

  /** An X12 820 remittance advice for the payment, linked by its trace. */
  record Advice(String trace, String payerName, String currency, List<AdviceLine> lines) {
    Advice {
      lines = List.copyOf(lines);
    }
  }

  /**
   * An 820 RMR: invoice, paid (RMR04), invoiced (RMR05), discount (RMR06), and an ADX deduction
   * with its X12 data element 426 reason code.
   */
  record AdviceLine(
      String invoice,
      BigDecimal paid,
      BigDecimal invoiced,
      Optional<BigDecimal> deduction,
      Optional<String> reason) {}
}
