package org.arhub.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One invoice (or credit note) a payment says it pays, from structured remittance: camt
 * RfrdDocInf/RfrdDocAmt, a lockbox overflow record, an 820 RMR.
 */
public record DocumentReference(
    String invoice, Optional<BigDecimal> amount, Optional<String> type, Optional<LocalDate> date) {
  public static DocumentReference of(String invoice) {
    return new DocumentReference(invoice, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
