package org.arhub.formats.x12;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** X12 dates (DT: CCYYMMDD, or YYMMDD in ISA09 and old versions) and times (TM: HHMM[SS[d..]]). */
final class X12Dates {
  private X12Dates() {}

  /** A CCYYMMDD or YYMMDD date; two-digit years 80-99 are 19xx, 00-79 20xx (as BAI2 reads them). */
  static Optional<LocalDate> date(String text) {
    String t = text.strip();
    if (!t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    try {
      if (t.length() == 8) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(t.substring(0, 4)),
                Integer.parseInt(t.substring(4, 6)),
                Integer.parseInt(t.substring(6))));
      }
      if (t.length() == 6) {
        int yy = Integer.parseInt(t.substring(0, 2));
        int year = yy >= 80 ? 1900 + yy : 2000 + yy;
        return Optional.of(
            LocalDate.of(
                year, Integer.parseInt(t.substring(2, 4)), Integer.parseInt(t.substring(4))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  static Optional<LocalTime> time(String text) {
    String t = text.strip();
    if (t.length() < 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    try {
      int seconds = t.length() >= 6 ? Integer.parseInt(t.substring(4, 6)) : 0;
      return Optional.of(
          LocalTime.of(
              Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2, 4)), seconds));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static String ccyymmdd(LocalDate date) {
    return String.format(
        "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  static String yymmdd(LocalDate date) {
    return ccyymmdd(date).substring(2);
  }

  static String hhmm(LocalTime time) {
    return String.format("%02d%02d", time.getHour(), time.getMinute());
  }
}
