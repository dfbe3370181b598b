package org.arhub.formats.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.cashapp.PaymentTerms;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * What the invoice template may print, as text already formatted for the language: the names below
 * are the template's whole vocabulary. A value that is absent is null (its section is skipped);
 * amounts are at the currency's scale and formatted exactly.
 *
 * <p>Top level: language, number, isInvoice, isCreditNote, issueDate, dueDate, buyerReference,
 * terms, currency, seller {name, street, postalCode, city, country, vatId, iban}, buyer {id, name,
 * street, postalCode, city, country, vatId}, lines [id, description, quantity, unit, unitPrice,
 * taxRate, net], hasAllowancesOrCharges, allowances and charges [reason, taxRate, amount], taxes
 * [category, rate, basis, tax], totals {lineTotal, allowanceTotal, chargeTotal, net, tax, gross,
 * prepaid, payable}, discount {percent, until, amount, payable}, and every label as label.KEY.
 */
final class InvoiceView {
  private InvoiceView() {}

  static Map<String, Object> of(Invoice invoice, InvoiceLabels labels) {
    boolean creditNote = isCreditNote(invoice);
    String currency = invoice.currency();
    InvoiceNumbers numbers = new InvoiceNumbers(labels.locale(), Money.scale(currency));
    InvoiceTaxSummary summary = InvoiceTaxSummary.of(invoice);
    PaymentTerms terms = PaymentTerms.parse(invoice.terms().orElse(""));
    Optional<LocalDate> due =
        invoice
            .dueDate()
            .or(
                () ->
                    terms.netDays() > 0
                        ? Optional.of(terms.dueDate(invoice.issueDate()))
                        : Optional.empty());

    Map<String, Object> v = new HashMap<>(labels.asTemplateValues());
    v.put("language", labels.language());
    v.put("number", invoice.number());
    v.put("isInvoice", !creditNote);
    v.put("isCreditNote", creditNote);
    v.put("issueDate", labels.dates().format(invoice.issueDate()));
    v.put("dueDate", due.map(labels.dates()::format).orElse(null));
    v.put("buyerReference", invoice.buyerReference().orElse(null));
    v.put("terms", invoice.terms().orElse(null));
    v.put("currency", currency);
    v.put("seller", seller(invoice.seller()));
    v.put("buyer", buyer(invoice.buyer()));
    v.put("lines", lines(invoice, labels, numbers));
    v.put("allowances", allowancesCharges(invoice, invoice.allowances(), numbers));
    v.put("charges", allowancesCharges(invoice, invoice.charges(), numbers));
    v.put(
        "hasAllowancesOrCharges", !invoice.allowances().isEmpty() || !invoice.charges().isEmpty());
    v.put("taxes", taxes(summary, labels, numbers));
    v.put("totals", totals(invoice, summary, numbers));
    v.put("discount", creditNote ? null : discount(invoice, terms, labels, numbers));
    return v;
  }

  private static boolean isCreditNote(Invoice invoice) {
    return switch (invoice.type()) {
      case "invoice" -> false;
      case "credit_note" -> true;
      default ->
          throw new IllegalArgumentException(
              invoice.number()
                  + ": $.type '"
                  + invoice.type()
                  + "' is neither 'invoice' nor 'credit_note'");
    };
  }

  private static Map<String, Object> seller(Invoice.Seller s) {
    Map<String, Object> m = address(s.address());
    m.put("name", s.name());
    m.put("vatId", s.vatId().orElse(null));
    m.put("iban", s.iban().orElse(null));
    return m;
  }

  private static Map<String, Object> buyer(Invoice.Buyer b) {
    Map<String, Object> m = address(b.address());
    m.put("id", b.id().orElse(null));
    m.put("name", b.name());
    m.put("vatId", b.vatId().orElse(null));
    return m;
  }

  private static Map<String, Object> address(Invoice.Address a) {
    Map<String, Object> m = new HashMap<>();
    m.put("street", a.street().orElse(null));
    m.put("postalCode", a.postalCode().orElse(null));
    m.put("city", a.city().orElse(null));
    m.put("country", a.country().orElse(null));
    return m;
  }

  private static List<Map<String, Object>> lines(
      Invoice invoice, InvoiceLabels labels, InvoiceNumbers numbers) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Invoice.Line line : invoice.lines()) {
      Map<String, Object> m = new HashMap<>();
      m.put("id", line.id());
      m.put("description", line.description());
      m.put("quantity", numbers.plain(line.quantity()));
      m.put("unit", labels.unit(line.unit()));
      m.put("unitPrice", numbers.price(line.unitPrice()));
      m.put("taxRate", numbers.plain(line.taxRate()));
      m.put("net", numbers.amount(InvoiceTaxSummary.lineNet(line, invoice.currency())));
      rows.add(m);
    }
    return rows;
  }

  private static List<Map<String, Object>> allowancesCharges(
      Invoice invoice, List<Invoice.AllowanceCharge> items, InvoiceNumbers numbers) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Invoice.AllowanceCharge item : items) {
      Map<String, Object> m = new HashMap<>();
      m.put("reason", item.reason().or(item::reasonCode).orElse(null));
      m.put("taxRate", item.taxRate().map(numbers::plain).orElse(null));
      m.put("amount", numbers.amount(Money.atScale(item.amount(), invoice.currency())));
      rows.add(m);
    }
    return rows;
  }

  private static List<Map<String, Object>> taxes(
      InvoiceTaxSummary summary, InvoiceLabels labels, InvoiceNumbers numbers) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (InvoiceTaxSummary.Rate r : summary.rates()) {
      Map<String, Object> m = new HashMap<>();
      String name = labels.label("taxCategory." + r.category());
      m.put("category", name == null ? r.category() : name);
      m.put("rate", numbers.plain(r.rate()));
      m.put("basis", numbers.amount(r.basis()));
      m.put("tax", numbers.amount(r.tax()));
      rows.add(m);
    }
    return rows;
  }

  private static Map<String, Object> totals(
      Invoice invoice, InvoiceTaxSummary summary, InvoiceNumbers numbers) {
    String currency = invoice.currency();
    Invoice.Totals t = invoice.totals();
    BigDecimal gross = Money.atScale(t.gross(), currency);
    BigDecimal payable =
        InvoiceTaxSummary.atScale(invoice.number() + ": $.totals.payable", t.payable(), currency);
    BigDecimal prepaid = gross.subtract(payable);
    Map<String, Object> m = new HashMap<>();
    m.put("lineTotal", numbers.amount(summary.lineTotal()));
    m.put("allowanceTotal", nonZero(summary.allowanceTotal(), numbers));
    m.put("chargeTotal", nonZero(summary.chargeTotal(), numbers));
    m.put("net", numbers.amount(Money.atScale(t.net(), currency)));
    m.put("tax", numbers.amount(Money.atScale(t.tax(), currency)));
    m.put("gross", numbers.amount(gross));
    m.put("prepaid", nonZero(prepaid, numbers));
    m.put("payable", numbers.amount(payable));
    return m;
  }

  /**
   * The early-payment discount the terms grant ("2/10 NET30"), computed as cash application will
   * accept it: the percent of the gross, half-up to the currency (PaymentTerms.discountOn).
   */
  private static Map<String, Object> discount(
      Invoice invoice, PaymentTerms terms, InvoiceLabels labels, InvoiceNumbers numbers) {
    if (terms.discountPercent().signum() == 0) {
      return null;
    }
    LocalDate issued = invoice.issueDate();
    BigDecimal amount =
        terms.discountOn(issued, issued, invoice.totals().gross(), invoice.currency());
    BigDecimal payable = Money.atScale(invoice.totals().payable(), invoice.currency());
    Map<String, Object> m = new HashMap<>();
    m.put("percent", numbers.plain(terms.discountPercent()));
    m.put("until", labels.dates().format(terms.discountUntil(issued)));
    m.put("amount", numbers.amount(amount));
    m.put("payable", numbers.amount(payable.subtract(amount)));
    return m;
  }

  private static String nonZero(BigDecimal amount, InvoiceNumbers numbers) {
    return amount.signum() == 0 ? null : numbers.amount(amount);
  }
}
