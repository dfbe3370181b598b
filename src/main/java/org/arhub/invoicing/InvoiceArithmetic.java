package org.arhub.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.arhub.model.Invoice;
import org.arhub.model.Money;

/**
 * The sums an invoice must add up to, as EN 16931 computes them: a line's net is quantity × unit
 * price rounded half-up to the currency's scale (BR-DEC); the tax of each category and rate is its
 * taxable amount (line nets plus charges minus allowances of that rate) × rate, rounded once per
 * rate (BR-CO-17); net = Σ lines − allowances + charges, gross = net + tax, and with nothing
 * prepaid, payable = gross.
 */
public final class InvoiceArithmetic {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private InvoiceArithmetic() {}

  /** A tax category and rate ("S", 19), the key of one tax subtotal. */
  public record TaxKey(String category, BigDecimal rate) {
    public TaxKey {
      rate = rate.stripTrailingZeros();
    }

    @Override
    public String toString() {
      return category + " " + rate.toPlainString() + "%";
    }
  }

  public record TaxSubtotal(BigDecimal taxable, BigDecimal tax) {}

  public static BigDecimal lineNet(Invoice.Line line, String currency) {
    return line.netAmount().setScale(Money.scale(currency), RoundingMode.HALF_UP);
  }

  /** Tax subtotals per category and rate, in the order the lines name them. */
  public static Map<TaxKey, TaxSubtotal> taxes(Invoice invoice) {
    int scale = Money.scale(invoice.currency());
    Map<TaxKey, BigDecimal> taxable = new LinkedHashMap<>();
    for (Invoice.Line line : invoice.lines()) {
      taxable.merge(
          new TaxKey(line.taxCategory(), line.taxRate()),
          lineNet(line, invoice.currency()),
          BigDecimal::add);
    }
    for (Invoice.AllowanceCharge charge : invoice.charges()) {
      key(charge).ifPresent(k -> taxable.merge(k, charge.amount(), BigDecimal::add));
    }
    for (Invoice.AllowanceCharge allowance : invoice.allowances()) {
      key(allowance).ifPresent(k -> taxable.merge(k, allowance.amount().negate(), BigDecimal::add));
    }
    Map<TaxKey, TaxSubtotal> out = new LinkedHashMap<>();
    taxable.forEach(
        (key, base) ->
            out.put(
                key,
                new TaxSubtotal(
                    base.setScale(scale, RoundingMode.HALF_UP),
                    base.multiply(key.rate()).divide(HUNDRED, scale, RoundingMode.HALF_UP))));
    return out;
  }

  /** The totals the lines, allowances, charges and taxes add up to. */
  public static Invoice.Totals totals(Invoice invoice) {
    int scale = Money.scale(invoice.currency());
    BigDecimal net = BigDecimal.ZERO.setScale(scale);
    for (Invoice.Line line : invoice.lines()) {
      net = net.add(lineNet(line, invoice.currency()));
    }
    for (Invoice.AllowanceCharge charge : invoice.charges()) {
      net = net.add(charge.amount());
    }
    for (Invoice.AllowanceCharge allowance : invoice.allowances()) {
      net = net.subtract(allowance.amount());
    }
    BigDecimal tax = BigDecimal.ZERO.setScale(scale);
    for (TaxSubtotal subtotal : taxes(invoice).values()) {
      tax = tax.add(subtotal.tax());
    }
    net = net.setScale(scale, RoundingMode.HALF_UP);
    BigDecimal gross = net.add(tax);
    return new Invoice.Totals(net, tax, gross, gross);
  }

  private static Optional<TaxKey> key(Invoice.AllowanceCharge ac) {
    if (ac.taxCategory().isEmpty() || ac.taxRate().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TaxKey(ac.taxCategory().get(), ac.taxRate().get()));
  }
}
