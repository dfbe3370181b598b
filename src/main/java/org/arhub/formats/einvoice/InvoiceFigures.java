package org.arhub.formats.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arhub.model.Invoice;

/**
 * The figures an EN 16931 invoice states, derived from the canonical invoice's lines, allowances
 * and charges at the currency's ISO 4217 scale (JPY 0, most 2): line net amounts (quantity × unit
 * price, rounded half-up to the scale: BT-131), the VAT breakdown per category and rate (tax
 * rounded half-up once per breakdown: BR-CO-17) and the document totals (BR-CO-10 to BR-CO-16).
 *
 * <p>{@link #of(Invoice)} refuses an invoice whose canonical totals differ from these figures, or
 * that states an amount with more decimals than its currency has: an e-invoice never carries totals
 * the ERP did not mean.
 */
public record InvoiceFigures(
    String currency,
    int scale,
    List<BigDecimal> lineNets,
    BigDecimal lineTotal,
    BigDecimal allowanceTotal,
    BigDecimal chargeTotal,
    BigDecimal taxExclusive,
    List<TaxSubtotal> subtotals,
    BigDecimal taxTotal,
    BigDecimal taxInclusive,
    BigDecimal prepaid,
    BigDecimal payable) {
  public InvoiceFigures {
    lineNets = List.copyOf(lineNets);
    subtotals = List.copyOf(subtotals);
  }

  /** The amount as the document writes it: exactly the currency's decimals. */
  public String format(BigDecimal amount) {
    return amount.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** A VAT rate as written (BT-119, BT-152): "19", "5.5", "0". */
  public static String formatRate(BigDecimal rate) {
    return normalise(rate).toPlainString();
  }

  /** The category of an allowance or charge already checked by {@link #of(Invoice)}. */
  public static TaxCategory category(Invoice.AllowanceCharge allowanceCharge) {
    return TaxCategory.ofCode(allowanceCharge.taxCategory().orElseThrow()).orElseThrow();
  }

  public static TaxCategory category(Invoice.Line line) {
    return TaxCategory.ofCode(line.taxCategory()).orElseThrow();
  }

  public static InvoiceFigures of(Invoice invoice) {
    List<String> problems = new InvoiceChecks(invoice).problems();
    if (!problems.isEmpty()) {
      throw new InvalidInvoiceException(invoice.number(), problems);
    }
    int scale = Currency.getInstance(invoice.currency()).getDefaultFractionDigits();
    Map<String, BigDecimal> taxable = new LinkedHashMap<>();
    Map<String, TaxCategory> categories = new LinkedHashMap<>();
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    List<BigDecimal> lineNets = new ArrayList<>();
    BigDecimal lineTotal = BigDecimal.ZERO.setScale(scale);
    for (Invoice.Line line : invoice.lines()) {
      BigDecimal net = line.netAmount().setScale(scale, RoundingMode.HALF_UP);
      lineNets.add(net);
      lineTotal = lineTotal.add(net);
      add(taxable, categories, rates, category(line), line.taxRate(), net);
    }
    BigDecimal allowanceTotal = BigDecimal.ZERO.setScale(scale);
    for (Invoice.AllowanceCharge allowance : invoice.allowances()) {
      allowanceTotal = allowanceTotal.add(allowance.amount());
      add(
          taxable,
          categories,
          rates,
          category(allowance),
          rate(allowance),
          allowance.amount().negate());
    }
    BigDecimal chargeTotal = BigDecimal.ZERO.setScale(scale);
    for (Invoice.AllowanceCharge charge : invoice.charges()) {
      chargeTotal = chargeTotal.add(charge.amount());
      add(taxable, categories, rates, category(charge), rate(charge), charge.amount());
    }
    List<TaxSubtotal> subtotals = new ArrayList<>();
    BigDecimal taxTotal = BigDecimal.ZERO.setScale(scale);
    for (Map.Entry<String, BigDecimal> group : taxable.entrySet()) {
      BigDecimal rate = rates.get(group.getKey());
      BigDecimal base = group.getValue().setScale(scale);
      BigDecimal tax = base.multiply(rate).movePointLeft(2).setScale(scale, RoundingMode.HALF_UP);
      subtotals.add(new TaxSubtotal(categories.get(group.getKey()), rate, base, tax));
      taxTotal = taxTotal.add(tax);
    }
    BigDecimal taxExclusive = lineTotal.subtract(allowanceTotal).add(chargeTotal).setScale(scale);
    BigDecimal taxInclusive = taxExclusive.add(taxTotal);
    BigDecimal prepaid = invoice.totals().prepaid().setScale(scale);
    InvoiceFigures figures =
        new InvoiceFigures(
            invoice.currency(),
            scale,
            lineNets,
            lineTotal,
            allowanceTotal.setScale(scale),
            chargeTotal.setScale(scale),
            taxExclusive,
            subtotals,
            taxTotal,
            taxInclusive,
            prepaid,
            taxInclusive.subtract(prepaid));
    figures.checkAgainst(invoice);
    return figures;
  }

  private static BigDecimal rate(Invoice.AllowanceCharge allowanceCharge) {
    return allowanceCharge.taxRate().orElse(BigDecimal.ZERO);
  }

  private static void add(
      Map<String, BigDecimal> taxable,
      Map<String, TaxCategory> categories,
      Map<String, BigDecimal> rates,
      TaxCategory category,
      BigDecimal rate,
      BigDecimal amount) {
    BigDecimal normalised = normalise(rate);
    String key = category.code() + " " + normalised.toPlainString();
    taxable.merge(key, amount, BigDecimal::add);
    categories.putIfAbsent(key, category);
    rates.putIfAbsent(key, normalised);
  }

  private static BigDecimal normalise(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** BR-CO-13 to BR-CO-16 against what the ERP stated: every difference named at once. */
  private void checkAgainst(Invoice invoice) {
    Invoice.Totals stated = invoice.totals();
    List<String> problems = new ArrayList<>();
    differs(problems, "totals.net", stated.net(), taxExclusive, "lines − allowances + charges");
    differs(
        problems,
        "totals.tax",
        stated.tax(),
        taxTotal,
        "the VAT breakdown, rounded half-up per category and rate");
    differs(problems, "totals.gross", stated.gross(), taxInclusive, "net + tax");
    differs(problems, "totals.payable", stated.payable(), payable, "gross − prepaid");
    if (!problems.isEmpty()) {
      throw new InvalidInvoiceException(invoice.number(), problems);
    }
  }

  private void differs(
      List<String> problems, String field, BigDecimal stated, BigDecimal computed, String how) {
    if (stated.compareTo(computed) != 0) {
      problems.add(
          field
              + " is "
              + stated.toPlainString()
              + " but the invoice adds up to "
              + format(computed)
              + " "
              + currency
              + " ("
              + how
              + ")");
    }
  }
}
