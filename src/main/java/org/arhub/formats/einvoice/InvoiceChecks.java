package org.arhub.formats.einvoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.arhub.model.Invoice;

/**
 * What a canonical invoice needs before its figures can be derived: a known type and currency, EN
 * 16931 VAT categories with rates that fit them, amounts within the currency's decimals, and the
 * parts every rendering must write (BR-09/BR-11 countries, BR-16 a line, BR-32/BR-33 an allowance's
 * category and reason). Problems are collected, each naming its JSON path.
 */
final class InvoiceChecks {
  private final Invoice invoice;
  private final List<String> problems = new ArrayList<>();
  private int scale;

  InvoiceChecks(Invoice invoice) {
    this.invoice = invoice;
  }

  List<String> problems() {
    type();
    if (currency()) {
      lines();
      allowanceCharges("allowances", invoice.allowances());
      allowanceCharges("charges", invoice.charges());
      Invoice.Totals t = invoice.totals();
      amount("totals.net", t.net());
      amount("totals.tax", t.tax());
      amount("totals.gross", t.gross());
      amount("totals.payable", t.payable());
      amount("totals.prepaid", t.prepaid());
    }
    if (invoice.seller().address().country().isEmpty()) {
      problems.add("seller.address.country: required (BR-09)");
    }
    if (invoice.buyer().address().country().isEmpty()) {
      problems.add("buyer.address.country: required (BR-11)");
    }
    endpoint("seller.endpointId", invoice.seller().endpointId());
    endpoint("buyer.endpointId", invoice.buyer().endpointId());
    return problems;
  }

  private void endpoint(String field, Optional<String> endpoint) {
    if (endpoint.isPresent() && ElectronicAddress.parse(endpoint.get()).isEmpty()) {
      problems.add(field + ": '" + endpoint.get() + "' is not SCHEME:ID (e.g. 0088:5790000435975)");
    }
  }

  private void type() {
    if (!invoice.type().equals("invoice") && !invoice.type().equals("credit_note")) {
      problems.add("type: '" + invoice.type() + "' is neither 'invoice' nor 'credit_note'");
    }
  }

  private boolean currency() {
    try {
      scale = Currency.getInstance(invoice.currency()).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      problems.add("currency: '" + invoice.currency() + "' is not an ISO 4217 currency code");
      return false;
    }
    if (scale < 0) {
      problems.add("currency: '" + invoice.currency() + "' has no minor unit (not money)");
      return false;
    }
    return true;
  }

  private void lines() {
    if (invoice.lines().isEmpty()) {
      problems.add("lines: at least one line is required (BR-16)");
    }
    for (int i = 0; i < invoice.lines().size(); i++) {
      Invoice.Line line = invoice.lines().get(i);
      category("lines[" + i + "]", Optional.of(line.taxCategory()), Optional.of(line.taxRate()));
    }
  }

  private void allowanceCharges(String field, List<Invoice.AllowanceCharge> items) {
    for (int i = 0; i < items.size(); i++) {
      Invoice.AllowanceCharge item = items.get(i);
      String at = field + "[" + i + "]";
      amount(at + ".amount", item.amount());
      if (item.reason().isEmpty() && item.reasonCode().isEmpty()) {
        problems.add(at + ": a reason or reasonCode is required (BR-33, BR-38)");
      }
      if (item.taxCategory().isEmpty()) {
        problems.add(at + ".taxCategory: required (BR-32, BR-37)");
      } else {
        category(at, item.taxCategory(), item.taxRate());
      }
    }
  }

  private void category(String at, Optional<String> code, Optional<BigDecimal> rate) {
    Optional<TaxCategory> category = code.flatMap(TaxCategory::ofCode);
    if (category.isEmpty()) {
      problems.add(
          at
              + ".taxCategory: '"
              + code.orElse("")
              + "' is not an EN 16931 VAT category ("
              + TaxCategory.allCodes()
              + ")");
      return;
    }
    TaxCategory c = category.get();
    if (c.rated() && rate.map(r -> r.signum() <= 0).orElse(true)) {
      problems.add(at + ".taxRate: category " + c.code() + " needs a rate above 0");
    } else if (!c.rated() && rate.map(r -> r.signum() != 0).orElse(false)) {
      problems.add(
          at + ".taxRate: category " + c.code() + " is at 0 %, not " + rate.get().toPlainString());
    }
  }

  private void amount(String field, BigDecimal amount) {
    if (Math.max(amount.stripTrailingZeros().scale(), 0) > scale) {
      problems.add(
          field
              + ": "
              + amount.toPlainString()
              + " has more decimals than "
              + invoice.currency()
              + " allows ("
              + scale
              + ")");
    }
  }
}
