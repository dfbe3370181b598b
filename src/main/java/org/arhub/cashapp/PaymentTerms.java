package org.arhub.cashapp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arhub.model.Money;

/**
 * Payment terms as printed on invoices: "NET30", "NET 30", "2/10 NET30" (2% discount if paid within
 * 10 days, else net in 30), "1.5/15 NET 45", "NET30 EOM". Unknown text means no discount.
 *
 * @param discountPercent the early-payment discount in percent, zero when none
 * @param discountDays the days after issue within which the discount may be taken
 * @param netDays the days after issue (or after month end, {@code endOfMonth}) the invoice is due
 */
public record PaymentTerms(
    String text, BigDecimal discountPercent, int discountDays, int netDays, boolean endOfMonth) {
  private static final Pattern DISCOUNT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?\\s*/\\s*(\\d+)");
  private static final Pattern NET = Pattern.compile("NET\\s*(\\d+)");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static PaymentTerms parse(String text) {
    String upper = text == null ? "" : text.toUpperCase(Locale.ROOT);
    BigDecimal percent = BigDecimal.ZERO;
    int discountDays = 0;
    Matcher discount = DISCOUNT.matcher(upper);
    if (discount.find()) {
      percent = new BigDecimal(discount.group(1));
      discountDays = Integer.parseInt(discount.group(2));
    }
    Matcher net = NET.matcher(upper);
    int netDays = net.find() ? Integer.parseInt(net.group(1)) : 0;
    return new PaymentTerms(
        text == null ? "" : text, percent, discountDays, netDays, upper.contains("EOM"));
  }

  public static PaymentTerms none() {
    return parse("");
  }

  /**
   * The discount granted when an invoice issued on {@code issueDate} is paid on {@code paidOn}: the
   * percent of the gross amount, rounded half-up to the currency's scale, or zero after the window.
   */
  public BigDecimal discountOn(
      LocalDate issueDate, LocalDate paidOn, BigDecimal amount, String currency) {
    int scale = Money.scale(currency);
    if (discountPercent.signum() == 0
        || paidOn == null
        || paidOn.isAfter(issueDate.plusDays(discountDays))) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return amount.multiply(discountPercent).divide(HUNDRED, scale, RoundingMode.HALF_UP);
  }

  /** The due date of an invoice issued on {@code issueDate}. */
  public LocalDate dueDate(LocalDate issueDate) {
    LocalDate start = endOfMonth ? issueDate.withDayOfMonth(issueDate.lengthOfMonth()) : issueDate;
    return start.plusDays(netDays);
  }
}
