package org.arhub.formats.x12;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * X12 numbers: R (decimal, an explicit point, optional leading minus) and Nn (implied decimals).
 */
final class X12Numbers {
  private X12Numbers() {}

  /** An R value; empty when the text is not one. */
  static Optional<BigDecimal> decimal(String text) {
    String t = text.strip();
    int i = t.startsWith("-") ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return Optional.empty();
      }
    }
    return digits ? Optional.of(new BigDecimal(t)) : Optional.empty();
  }

  /** An N2 value (e.g. TDS01 "14400" = 144.00); empty when the text is not one. */
  static Optional<BigDecimal> implied(String text, int decimals) {
    String t = text.strip();
    if (t.isEmpty()
        || !t.substring(t.startsWith("-") ? 1 : 0).chars().allMatch(c -> c >= '0' && c <= '9')
        || t.equals("-")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t).movePointLeft(decimals));
  }

  /** An amount as an R value: plain, no exponent, no trailing zeros after the point. */
  static String r(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** An amount as an N2 value: cents, no point ("144.00" → "14400"). */
  static String n2(BigDecimal value) {
    return value.setScale(2).movePointRight(2).toPlainString();
  }
}
