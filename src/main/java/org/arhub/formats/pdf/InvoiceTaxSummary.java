package org.arhub.formats.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * The VAT breakdown an invoice must print, one row per tax category and rate (EN 16931 BG-23): the
 * taxable amount is the rounded line nets less the allowances plus the charges of that rate
 * (BT-116), the tax that amount times the rate, rounded half-up once per rate (BT-117). It is
 * checked against the totals the ERP sent: a PDF whose rows do not add up to its totals is refused,
 * not printed.
 */
record InvoiceTaxSummary(
    List<Rate> rates, BigDecimal lineTotal, BigDecimal allowanceTotal, BigDecimal chargeTotal) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One row: category code (S, Z, E, AE, ...), rate in percent, taxable amount, tax. */
  record Rate(String category, BigDecimal rate, BigDecimal basis, BigDecimal tax) {}

  /** A line's net as EN 16931 states it (BT-131): quantity × price, rounded to the currency. */
  static BigDecimal lineNet(Invoice.Line line, String currency) {
    return line.netAmount().setScale(Money.scale(currency), RoundingMode.HALF_UP);
  }

  static InvoiceTaxSummary of(Invoice invoice) {
    String currency = invoice.currency();
    int scale = Money.scale(currency);
    Map<String, Rate> byRate = new LinkedHashMap<>();
    BigDecimal lines = BigDecimal.ZERO.setScale(scale);
    for (Invoice.Line line : invoice.lines()) {
      BigDecimal net = lineNet(line, currency);
      lines = lines.add(net);
      add(byRate, line.taxCategory(), line.taxRate(), net);
    }
    BigDecimal allowances = documentLevel(invoice, "allowances", invoice.allowances(), byRate, -1);
    BigDecimal charges = documentLevel(invoice, "charges", invoice.charges(), byRate, 1);
    List<Rate> rates = new ArrayList<>();
    BigDecimal net = BigDecimal.ZERO.setScale(scale);
    BigDecimal tax = BigDecimal.ZERO.setScale(scale);
    for (Rate r : byRate.values()) {
      BigDecimal rateTax =
          r.basis().multiply(r.rate()).divide(HUNDRED, scale, RoundingMode.HALF_UP);
      rates.add(new Rate(r.category(), r.rate(), r.basis(), rateTax));
      net = net.add(r.basis());
      tax = tax.add(rateTax);
    }
    Invoice.Totals totals = invoice.totals();
    check(invoice, "totals.net", totals.net(), net, "lines - allowances + charges");
    check(invoice, "totals.tax", totals.tax(), tax, "the sum of the VAT per rate");
    check(invoice, "totals.gross", totals.gross(), net.add(tax), "net + tax");
    return new InvoiceTaxSummary(List.copyOf(rates), lines, allowances, charges);
  }

  private static BigDecimal documentLevel(
      Invoice invoice,
      String field,
      List<Invoice.AllowanceCharge> items,
      Map<String, Rate> byRate,
      int sign) {
    BigDecimal sum = BigDecimal.ZERO.setScale(Money.scale(invoice.currency()));
    for (int i = 0; i < items.size(); i++) {
      Invoice.AllowanceCharge item = items.get(i);
      String at = invoice.number() + ": $." + field + "[" + i + "]";
      BigDecimal amount = atScale(at + ".amount", item.amount(), invoice.currency());
      Rate rate = rateOf(at, item, byRate);
      add(byRate, rate.category(), rate.rate(), sign < 0 ? amount.negate() : amount);
      sum = sum.add(amount);
    }
    return sum;
  }

  /**
   * The tax rate an allowance or charge falls under: its own, or the lines' only rate when it names
   * none (EN 16931 wants it named; an invoice with one rate leaves no doubt).
   */
  private static Rate rateOf(String at, Invoice.AllowanceCharge item, Map<String, Rate> byRate) {
    Optional<BigDecimal> rate = item.taxRate();
    if (rate.isPresent()) {
      return new Rate(item.taxCategory().orElse("S"), rate.get(), null, null);
    }
    if (byRate.size() == 1) {
      return byRate.values().iterator().next();
    }
    throw new IllegalArgumentException(
        at + ": no taxRate, and the lines have " + byRate.size() + " tax rates to choose from");
  }

  private static void add(
      Map<String, Rate> byRate, String category, BigDecimal rate, BigDecimal amount) {
    BigDecimal percent = rate.stripTrailingZeros();
    byRate.merge(
        category + " " + percent.toPlainString(),
        new Rate(category, percent, amount, null),
        (a, b) -> new Rate(a.category(), a.rate(), a.basis().add(b.basis()), null));
  }

  static BigDecimal atScale(String at, BigDecimal amount, String currency) {
    try {
      return Money.atScale(amount, currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static void check(
      Invoice invoice, String field, BigDecimal stated, BigDecimal computed, String how) {
    BigDecimal given = atScale(invoice.number() + ": $." + field, stated, invoice.currency());
    if (given.compareTo(computed) != 0) {
      throw new IllegalArgumentException(
          invoice.number()
              + ": $."
              + field
              + " is "
              + given.toPlainString()
              + " but "
              + how
              + " is "
              + computed.toPlainString());
    }
  }
}
