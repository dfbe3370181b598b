package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment terms as ITD Terms of Sale carries them: "2/10 NET30" is 2 % discount within 10 days
 * (ITD03, ITD05), net in 30 days (ITD07); the text itself goes in ITD12.
 */
record X12PaymentTerms(
    Optional<BigDecimal> discountPercent,
    Optional<Integer> discountDays,
    Optional<Integer> netDays) {
  private static final Pattern DISCOUNT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?\\s*/\\s*(\\d+)");
  private static final Pattern NET = Pattern.compile("NET\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

  static X12PaymentTerms parse(String terms) {
    Matcher discount = DISCOUNT.matcher(terms);
    Matcher net = NET.matcher(terms);
    boolean hasDiscount = discount.find();
    return new X12PaymentTerms(
        hasDiscount ? Optional.of(new BigDecimal(discount.group(1))) : Optional.empty(),
        hasDiscount ? Optional.of(Integer.parseInt(discount.group(2))) : Optional.empty(),
        net.find() ? Optional.of(Integer.parseInt(net.group(1))) : Optional.empty());
  }

  /** Terms read from ITD03/ITD05/ITD07 when the partner sent no ITD12 text. */
  static Optional<String> describe(X12Segment itd) {
    Optional<BigDecimal> percent = X12Numbers.decimal(itd.element(3));
    String days = itd.element(5);
    String net = itd.element(7);
    StringBuilder s = new StringBuilder();
    if (percent.isPresent() && !days.isEmpty()) {
      s.append(X12Numbers.r(percent.get())).append('/').append(days);
    }
    if (!net.isEmpty()) {
      s.append(s.isEmpty() ? "" : " ").append("NET").append(net);
    }
    return s.isEmpty() ? Optional.empty() : Optional.of(s.toString());
  }
}
