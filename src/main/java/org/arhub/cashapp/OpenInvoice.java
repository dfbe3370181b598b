package org.arhub.cashapp;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice that may still be paid, with what is open on it now.
 *
 * @param amount the invoice's gross amount
 * @param openAmount what is still to be paid (amount less cash, discounts and write-offs applied)
 */
public record OpenInvoice(
    String number,
    String customerId,
    String currency,
    LocalDate issueDate,
    LocalDate dueDate,
    BigDecimal amount,
    BigDecimal openAmount,
    PaymentTerms terms) {

  /** The early-payment discount this invoice grants when paid on {@code paymentDate}, else zero. */
  public BigDecimal discountOn(LocalDate paymentDate) {
    return terms.discountOn(issueDate, paymentDate, amount, currency);
  }

  public OpenInvoice withOpenAmount(BigDecimal open) {
    return new OpenInvoice(number, customerId, currency, issueDate, dueDate, amount, open, terms);
  }

  public boolean isOpen() {
    return openAmount.signum() > 0;
  }
}
