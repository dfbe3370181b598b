package org.arhub.cashapp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Money;

/**
 * A payment received, with everything its payer said about it: what the bank reported and, once
 * linked, the separate remittance advice.
 *
 * @param channel where it came from (camt.053, bai2, lockbox, ...), for the metrics and the score
 * @param date the date the money arrived (value date, else booking date): discount windows count to
 *     it
 * @param trace what links it to a separate remittance advice: camt EndToEndId, BAI2 customer
 *     reference, cheque number
 * @param creditorReference a structured creditor reference (ISO 11649 RF, Swiss QRR), already
 *     check-digit validated by the reader
 * @param texts free remittance text
 * @param lines the documents the payer says it pays, from structured remittance or a linked advice
 * @param payerId the payer's own identifier (820 N1*PR N104), when an advice is linked
 * @param adviceId the linked remittance advice (820 trace), when there is one
 */
public record IncomingPayment(
    String paymentId,
    String channel,
    Money amount,
    LocalDate date,
    Optional<String> trace,
    Optional<String> payerName,
    Optional<String> payerAccount,
    Optional<String> payerId,
    Optional<String> creditorReference,
    List<String> texts,
    List<RemittanceLine> lines,
    Optional<String> adviceId) {
  public IncomingPayment {
    texts = List.copyOf(texts);
    lines = List.copyOf(lines);
  }

  /** The same payment with a remittance advice's lines and payer added. */
  public IncomingPayment withAdvice(
      String advice, Optional<String> adviceName, Optional<String> id, List<RemittanceLine> more) {
    return new IncomingPayment(
        paymentId,
        channel,
        amount,
        date,
        trace,
        payerName.or(() -> adviceName),
        payerAccount,
        payerId.or(() -> id),
        creditorReference,
        texts,
        more.isEmpty() ? lines : more,
        Optional.of(advice));
  }

  public String currency() {
    return amount.currency();
  }
}
