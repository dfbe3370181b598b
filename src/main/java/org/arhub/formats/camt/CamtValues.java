package org.arhub.formats.camt;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.arhub.formats.InvalidFileException;
import org.arhub.model.Direction;
import org.arhub.model.Money;

/**
 * The ISO 20022 simple types camt uses, read from the cursor and checked:
 * ActiveOrHistoricCurrencyAndAmount, CreditDebitCode, TrueFalseIndicator, ISODate, ISODateTime,
 * Number. Each reader leaves the element.
 */
final class CamtValues {
  // ISO 20022 amounts: totalDigits 18, fractionDigits 5, minInclusive 0.
  private static final int MAX_DIGITS = 18;
  private static final int MAX_FRACTION = 5;

  private CamtValues() {}

  /**
   * An amount element with its Ccy attribute; more decimals than the currency allows is an error.
   */
  static Money amount(XmlCursor x) throws InvalidFileException {
    String currency = x.attribute("Ccy");
    String element = x.name();
    String text = x.text();
    if (currency == null || currency.isBlank()) {
      throw x.errorInLeft(element + " has no Ccy attribute (the ISO 4217 currency of the amount)");
    }
    if (text.isEmpty()) {
      throw x.errorInLeft(element + " is empty");
    }
    String problem = amountSyntax(text);
    if (problem != null) {
      throw x.errorInLeft("'" + text + "' is not an amount: " + problem);
    }
    try {
      return new Money(parseAmount(text), currency.trim());
    } catch (IllegalArgumentException e) {
      throw x.errorInLeft(e.getMessage());
    }
  }

  /**
   * The value of an amount {@link #amountSyntax} accepted: at most 18 digits fit a long, so this is
   * {@code new BigDecimal(text)} (same unscaled value and scale) without parsing through a char[].
   */
  private static BigDecimal parseAmount(String text) {
    long unscaled = 0;
    int scale = 0;
    boolean fraction = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        fraction = true;
      } else {
        unscaled = unscaled * 10 + (c - '0');
        if (fraction) {
          scale++;
        }
      }
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  private static String amountSyntax(String text) {
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      return "ISO 20022 amounts carry no sign (CdtDbtInd gives the direction)";
    }
    int digits = 0;
    int fraction = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0 && digits > 0) {
        fraction = 0;
      } else {
        return "expected digits with '.' as the decimal separator";
      }
    }
    if (fraction == 0) {
      return "expected digits after the decimal point";
    }
    if (digits > MAX_DIGITS || fraction > MAX_FRACTION) {
      return "ISO 20022 allows at most "
          + MAX_DIGITS
          + " digits with "
          + MAX_FRACTION
          + " decimals";
    }
    return null;
  }

  /** CreditDebitCode: CRDT or DBIT. */
  static Direction direction(XmlCursor x) throws InvalidFileException {
    String code = x.text();
    return switch (code) {
      case "CRDT" -> Direction.CREDIT;
      case "DBIT" -> Direction.DEBIT;
      default -> throw x.errorInLeft("'" + code + "' is not a credit/debit code (CRDT or DBIT)");
    };
  }

  /** TrueFalseIndicator (xs:boolean). */
  static boolean indicator(XmlCursor x) throws InvalidFileException {
    String value = x.text();
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw x.errorInLeft("'" + value + "' is not true or false");
    };
  }

  /** A whole number such as ElctrncSeqNb. */
  static long number(XmlCursor x) throws InvalidFileException {
    String value = x.text();
    if (value.isEmpty()
        || value.length() > MAX_DIGITS
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw x.errorInLeft("'" + value + "' is not a whole number");
    }
    return Long.parseLong(value);
  }

  /**
   * ISODate; an ISODateTime (some banks write one here) or a date with a zone offset gives the date
   * as written.
   */
  static LocalDate date(XmlCursor x) throws InvalidFileException {
    String value = x.text();
    LocalDate date = parseDate(value);
    if (date == null) {
      LocalDateTime time = parseDateTime(value);
      date = time == null ? null : time.toLocalDate();
    }
    if (date == null) {
      throw x.errorInLeft("'" + value + "' is not a date (YYYY-MM-DD)");
    }
    return date;
  }

  /**
   * ISODateTime as the sender wrote it, without its zone offset: the file's own statement of time
   * ("2015-03-10T18:43:50+01:00" gives 18:43:50), which is what duplicate checks and people
   * compare.
   */
  static LocalDateTime dateTime(XmlCursor x) throws InvalidFileException {
    String value = x.text();
    LocalDateTime time = parseDateTime(value);
    if (time == null) {
      throw x.errorInLeft("'" + value + "' is not a date and time (YYYY-MM-DDThh:mm:ss)");
    }
    return time;
  }

  /** DateAndDateTimeChoice (BookgDt, ValDt, Bal/Dt): Dt or DtTm, as a date. */
  static LocalDate dateChoice(XmlCursor x) throws InvalidFileException {
    String element = x.name();
    LocalDate date = null;
    while (x.nextChild()) {
      switch (x.name()) {
        case "Dt" -> date = date(x);
        case "DtTm" -> date = dateTime(x).toLocalDate();
        default -> x.skip();
      }
    }
    if (date == null) {
      throw x.errorInLeft(element + " has neither Dt nor DtTm");
    }
    return date;
  }

  static LocalDate parseDate(String value) {
    if (value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return null;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
    if (year < 0 || month < 0 || day < 0 || !validZone(value, 10)) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static LocalDateTime parseDateTime(String value) {
    LocalDate date = parseDate(value.length() >= 10 ? value.substring(0, 10) : value);
    if (date == null
        || value.length() < 19
        || value.charAt(10) != 'T'
        || value.charAt(13) != ':'
        || value.charAt(16) != ':') {
      return null;
    }
    int hour = digits(value, 11, 13);
    int minute = digits(value, 14, 16);
    int second = digits(value, 17, 19);
    int end = 19;
    int nanos = 0;
    if (end < value.length() && value.charAt(end) == '.') {
      int start = ++end;
      while (end < value.length() && Character.isDigit(value.charAt(end))) {
        end++;
      }
      if (end == start || end - start > 9) {
        return null;
      }
      nanos = digits(value, start, end);
      for (int i = end - start; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (hour < 0 || minute < 0 || second < 0 || !validZone(value, end)) {
      return null;
    }
    try {
      return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Nothing, "Z" or "+hh:mm"/"-hh:mm" from {@code start} to the end. */
  private static boolean validZone(String value, int start) {
    int rest = value.length() - start;
    if (rest == 0) {
      return true;
    }
    if (rest == 1) {
      return value.charAt(start) == 'Z';
    }
    char sign = value.charAt(start);
    return rest == 6
        && (sign == '+' || sign == '-')
        && value.charAt(start + 3) == ':'
        && digits(value, start + 1, start + 3) >= 0
        && digits(value, start + 4, start + 6) >= 0;
  }

  private static int digits(String value, int from, int to) {
    int result = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      result = result * 10 + (c - '0');
    }
    return result;
  }
}
