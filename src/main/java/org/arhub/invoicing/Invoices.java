package org.arhub.invoicing;

import java.time.LocalDate;
import java.util.Optional;
import org.arhub.model.Invoice;

/**
 * Copies of a canonical invoice with one part changed (the record has no withers); every other
 * part, the preceding invoice and the notes included, is kept.
 */
public final class Invoices {
  private Invoices() {}

  static Invoice withTotals(Invoice i, Invoice.Totals totals) {
    return new Invoice(
        i.number(),
        i.type(),
        i.issueDate(),
        i.dueDate(),
        i.currency(),
        i.terms(),
        i.buyerReference(),
        i.seller(),
        i.buyer(),
        i.lines(),
        i.allowances(),
        i.charges(),
        totals,
        i.precedingInvoice(),
        i.notes());
  }

  static Invoice withTermsAndBuyer(
      Invoice i, Optional<String> terms, LocalDate dueDate, Invoice.Buyer buyer) {
    return new Invoice(
        i.number(),
        i.type(),
        i.issueDate(),
        Optional.of(dueDate),
        i.currency(),
        terms,
        i.buyerReference(),
        i.seller(),
        buyer,
        i.lines(),
        i.allowances(),
        i.charges(),
        i.totals(),
        i.precedingInvoice(),
        i.notes());
  }

  /** The invoice under the number the hub gave it. */
  public static Invoice withNumber(Invoice i, String number) {
    return new Invoice(
        number,
        i.type(),
        i.issueDate(),
        i.dueDate(),
        i.currency(),
        i.terms(),
        i.buyerReference(),
        i.seller(),
        i.buyer(),
        i.lines(),
        i.allowances(),
        i.charges(),
        i.totals(),
        i.precedingInvoice(),
        i.notes());
  }
}
