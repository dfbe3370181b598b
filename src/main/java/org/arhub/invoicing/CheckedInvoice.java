package org.arhub.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.arhub.model.Invoice;

/**
 * An invoice that passed every check on the way in, ready to be numbered and stored: its canonical
 * form carries the computed due date, the terms that apply and the buyer completed from the
 * customer master.
 *
 * @param discountRate the early-payment discount in percent, with {@code discountUntil}
 */
public record CheckedInvoice(
    String documentId,
    Invoice invoice,
    boolean creditNote,
    LocalDate dueDate,
    Optional<BigDecimal> discountRate,
    Optional<LocalDate> discountUntil) {
  public String customerId() {
    return invoice.buyer().id().orElseThrow();
  }
}
