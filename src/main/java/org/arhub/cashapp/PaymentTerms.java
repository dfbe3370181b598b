package org.arhub.cashapp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arhub.model.Money;

/**
 * Payment terms as printed on invoices: "NET30", "NET 30", "30 DAYS", "2/10 NET30" (2% discount if
 * paid within 10 days, else net in 30), "1.5/15 NET 45", "NET30 EOM" or "30 days end of month" (30
 * days after the end of the month of issue), "EOM" alone (due at the end of that month), "DUE ON
 * RECEIPT". With end of month, the discount days count from the month end too. Unknown text means
 * no discount; {@link #understands} tells intake whether the text could be read at all.
 *
 * @param discountPercent the early-payment discount in percent, zero when none
 * @param discountDays the days after issue within which the discount may be taken
 * @param netDays the days after issue (or after month end, {@code endOfMonth}) the invoice is due
 */
public record PaymentTerms(
    String text, BigDecimal discountPercent, int discountDays, int netDays, boolean endOfMonth) {
  private static final Pattern DISCOUNT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?\\s*/\\s*(\\d+)");
  private static final Pattern NET = Pattern.compile("NET\\s*(\\d+)|(\\d+)\\s*DAYS");
  private static final Pattern END_OF_MONTH =
      Pattern.compile("(?<![A-Z])EOM(?![A-Z])|END\\s+OF\\s+(THE\\s+)?MONTH");
  private static final Pattern IMMEDIATE =
      Pattern.compile("DUE\\s+ON\\s+RECEIPT|IMMEDIATE(LY)?|NET\\s*0\\b");
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
    int netDays = 0;
    if (net.find()) {
      netDays = Integer.parseInt(net.group(1) != null ? net.group(1) : net.group(2));
    }
    return new PaymentTerms(
        text == null ? "" : text,
        percent,
        discountDays,
        netDays,
        END_OF_MONTH.matcher(upper).find());
  }

  /**
   * Whether {@link #parse} reads a due date from the text: it names net days, the end of month or
   * immediate payment. "2/10" alone or "see contract" do not.
   */
  public static boolean understands(String text) {
    String upper = text == null ? "" : text.toUpperCase(Locale.ROOT);
    return NET.matcher(upper).find()
        || END_OF_MONTH.matcher(upper).find()
        || IMMEDIATE.matcher(upper).find();
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
        || paidOn.isAfter(discountUntil(issueDate))) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return amount.multiply(discountPercent).divide(HUNDRED, scale, RoundingMode.HALF_UP);
  }

  /** The due date of an invoice issued on {@code issueDate}. */
  public LocalDate dueDate(LocalDate issueDate) {
    return start(issueDate).plusDays(netDays);
  }

  /** Whether an early-payment discount is offered. */
  public boolean hasDiscount() {
    return discountPercent.signum() > 0;
  }

  /** The last day the discount may be taken; meaningful only when {@link #hasDiscount()}. */
  public LocalDate discountUntil(LocalDate issueDate) {
    return start(issueDate).plusDays(discountDays);
  }

  private LocalDate start(LocalDate issueDate) {
    return endOfMonth ? issueDate.withDayOfMonth(issueDate.lengthOfMonth()) : issueDate;
  }
}
