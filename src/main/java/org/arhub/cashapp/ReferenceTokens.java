package org.arhub.cashapp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document references a free text (camt Ustrd, BAI2 88 text, a lockbox memo) may hold, as
 * {@link ReferenceKey}s. Several references in one text are all found, "INV 1001-1003" is the range
 * 1001, 1002, 1003; dates and what is labelled as an order number ("PO 4711", "Order 4711") are
 * left out because they only look like invoice numbers.
 */
public final class ReferenceTokens {
  private static final int MAX_RANGE = 20;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./#:_-]*");
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{8}(?<=(19|20)\\d{6})");
  private static final Pattern AMOUNT = Pattern.compile("\\d+([.,]\\d{3})*[.,]\\d{2}");
  private static final int MIN_KEY_LENGTH = 3;
  private static final Pattern RANGE = Pattern.compile("([A-Z]*[-#]?)(\\d+)-(\\d+)");
  private static final Set<String> ORDER_WORDS =
      Set.of("PO", "P.O", "PO#", "PO:", "PO.", "ORDER", "ORDER:", "BESTELLUNG", "AUFTRAG", "SO");
  private static final Pattern ORDER_PREFIXED = Pattern.compile("(PO|P\\.O\\.|ORDER)[-#:./]*\\d.*");
  private static final Set<String> INVOICE_WORDS =
      Set.of("INV", "INVOICE", "INV.", "INV#", "INV:", "RE", "RE:", "RECHNUNG", "NO", "NO.", "NR.");

  private ReferenceTokens() {}

  /** The reference keys found in {@code text}, in order of appearance, without repeats. */
  public static List<String> in(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher matcher = WORD.matcher(text.toUpperCase(Locale.ROOT));
    String previous = "";
    while (matcher.find()) {
      String word = trimPunctuation(matcher.group());
      if (!ORDER_WORDS.contains(previous) && hasDigit(word) && !isOrderOrDate(word)) {
        boolean bareNumber = Character.isDigit(word.charAt(0));
        String withPrefix = bareNumber && INVOICE_WORDS.contains(previous) ? previous + word : word;
        keys.addAll(expand(withPrefix));
      }
      previous = word;
    }
    return new ArrayList<>(keys);
  }

  private static boolean isOrderOrDate(String word) {
    return ORDER_PREFIXED.matcher(word).matches()
        || DATE.matcher(word).matches()
        || AMOUNT.matcher(word).matches();
  }

  private static List<String> expand(String word) {
    Matcher range = RANGE.matcher(word);
    if (range.matches()) {
      String low = range.group(2);
      String high = range.group(3);
      if (high.length() < low.length()) {
        // "1001-03": the high end repeats only the changing digits
        high = low.substring(0, low.length() - high.length()) + high;
      }
      if (high.length() == low.length() && high.length() <= 18) {
        long from = Long.parseLong(low);
        long to = Long.parseLong(high);
        if (to > from && to - from < MAX_RANGE) {
          List<String> keys = new ArrayList<>();
          for (long n = from; n <= to; n++) {
            String number = String.format("%0" + low.length() + "d", n);
            keys.add(ReferenceKey.of(range.group(1) + number));
          }
          return keys;
        }
      }
    }
    String key = ReferenceKey.of(word);
    return key.length() < MIN_KEY_LENGTH ? List.of() : List.of(key);
  }

  private static String trimPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".:#/_-".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
