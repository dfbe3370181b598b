package org.arhub.formats.x12;

/**
 * How header and trailer control numbers and counts compare (ISA13/IEA02, GS06/GE02, ST02/SE02).
 */
final class X12ControlNumbers {
  private X12ControlNumbers() {}

  /** Same number: equal text, or equal numbers written with different leading zeros. */
  static boolean sameNumber(String header, String trailer) {
    return header.equals(trailer)
        || (isNumber(header)
            && isNumber(trailer)
            && stripZeros(header).equals(stripZeros(trailer)));
  }

  static boolean isNumber(String text) {
    return !text.isEmpty()
        && text.length() <= 18
        && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A count element (SE01, GE01, IEA01) as a number, or -1 when it is not one. */
  static long count(String text) {
    return isNumber(text) ? Long.parseLong(text) : -1;
  }

  private static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
