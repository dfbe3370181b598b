package org.arhub.formats.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Writes amounts, prices, quantities and rates as a language reads them ("1.234,50" in German, "1
 * 234,50" in French). DecimalFormat formats a BigDecimal digit by digit, never through double; a
 * rounding it would need is an error (RoundingMode.UNNECESSARY), never done silently. Not
 * thread-safe (DecimalFormat is not): one per rendering.
 */
final class InvoiceNumbers {
  private final Locale locale;
  private final int currencyScale;

  InvoiceNumbers(Locale locale, int currencyScale) {
    this.locale = locale;
    this.currencyScale = currencyScale;
  }

  /** An amount already at the currency's scale. */
  String amount(BigDecimal amount) {
    return format(amount, currencyScale, currencyScale);
  }

  /** A unit price: at least the currency's decimals, more when the price has them (0.0125). */
  String price(BigDecimal price) {
    return format(price, currencyScale, Math.max(currencyScale, significantScale(price)));
  }

  /** A quantity or a percentage: as many decimals as it has, none for a whole number. */
  String plain(BigDecimal value) {
    return format(value, 0, significantScale(value));
  }

  private String format(BigDecimal value, int minDecimals, int maxDecimals) {
    DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(minDecimals);
    f.setMaximumFractionDigits(maxDecimals);
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(value);
  }

  private static int significantScale(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
