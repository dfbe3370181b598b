package org.arhub.cashapp.bench;

import java.util.Locale;
import java.util.Random;

/**
 * How payers write an invoice number {@code INV-100234} when they do not copy it: without the
 * prefix, with other separators, with leading zeros, in lower case; or with one digit wrong or two
 * swapped.
 */
final class ReferenceNoise {
  private final Random random;

  ReferenceNoise(Random random) {
    this.random = random;
  }

  /** The number written another way that still means the same invoice. */
  String reformat(String invoice) {
    String digits = digits(invoice);
    return switch (random.nextInt(8)) {
      case 0, 1 -> digits;
      case 2 -> "INV" + digits;
      case 3 -> "INV " + digits;
      case 4 -> invoice.toLowerCase(Locale.ROOT);
      case 5 -> "INV-00" + digits;
      case 6 -> "Inv." + digits;
      default -> "INV_" + digits;
    };
  }

  /** The number with one digit replaced, or two neighbouring different digits swapped. */
  String typo(String invoice) {
    char[] digits = digits(invoice).toCharArray();
    int at = 1 + random.nextInt(digits.length - 1);
    if (random.nextBoolean() && digits[at] != digits[at - 1]) {
      char c = digits[at];
      digits[at] = digits[at - 1];
      digits[at - 1] = c;
    } else {
      digits[at] = (char) ('0' + (digits[at] - '0' + 1 + random.nextInt(9)) % 10);
    }
    return invoice.substring(0, invoice.length() - digits.length) + new String(digits);
  }

  static String digits(String invoice) {
    return invoice.substring(invoice.indexOf('-') + 1);
  }
}
