package org.arhub.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.invoicing.InvoiceArithmetic;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * The journal's view of an invoice or credit note stored with its canonical JSON: one line per tax
 * category and rate with that rate's taxable amount (line nets, less allowances, plus charges of
 * the rate) and its tax rounded once per rate (EN 16931 BR-CO-17, {@link InvoiceArithmetic#taxes}:
 * the rule the e-invoices and the stored totals follow). The per-line tax kept in {@code
 * invoice_line} is informative only: summed, it can differ from the invoice's tax by a cent per
 * line. An allowance or charge without a tax category lowers or raises revenue without tax.
 */
public final class CanonicalArDocument {
  private CanonicalArDocument() {}

  /**
   * @param gross the amount the customer owes (the stored {@code invoice.amount}), which the lines
   *     must add up to
   */
  public static ArDocument of(
      Invoice invoice, String customerId, Optional<String> customerGroup, BigDecimal gross) {
    String currency = invoice.currency();
    List<ArDocument.Line> lines = new ArrayList<>();
    InvoiceArithmetic.taxes(invoice)
        .forEach(
            (key, subtotal) ->
                lines.add(
                    new ArDocument.Line(
                        Money.atScale(subtotal.taxable(), currency),
                        Money.atScale(subtotal.tax(), currency),
                        Optional.of(key.category()),
                        Optional.of(key.rate()))));
    for (Invoice.AllowanceCharge charge : invoice.charges()) {
      if (untaxed(charge)) {
        lines.add(untaxedLine(charge.amount(), currency));
      }
    }
    for (Invoice.AllowanceCharge allowance : invoice.allowances()) {
      if (untaxed(allowance)) {
        lines.add(untaxedLine(allowance.amount().negate(), currency));
      }
    }
    return new ArDocument(
        invoice.number(),
        customerId,
        customerGroup,
        currency,
        invoice.issueDate(),
        Money.atScale(gross, currency),
        lines);
  }

  /** The allowances and charges {@link InvoiceArithmetic#taxes} leaves out of every rate. */
  private static boolean untaxed(Invoice.AllowanceCharge ac) {
    return ac.taxCategory().isEmpty() || ac.taxRate().isEmpty();
  }

  private static ArDocument.Line untaxedLine(BigDecimal amount, String currency) {
    return new ArDocument.Line(
        Money.atScale(amount, currency), BigDecimal.ZERO, Optional.empty(), Optional.empty());
  }
}
