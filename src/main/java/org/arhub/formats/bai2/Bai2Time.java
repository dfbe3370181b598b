package org.arhub.formats.bai2;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** BAI2 times: HHMM on a 24-hour clock; 2400 and 9999 both mean the end of the day. */
final class Bai2Time {
  private Bai2Time() {}

  static boolean valid(String hhmm) {
    if (hhmm.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (hhmm.charAt(i) < '0' || hhmm.charAt(i) > '9') {
        return false;
      }
    }
    if (endOfDay(hhmm)) {
      return true;
    }
    int hours = Integer.parseInt(hhmm, 0, 2, 10);
    int minutes = Integer.parseInt(hhmm, 2, 4, 10);
    return hours <= 23 && minutes <= 59;
  }

  static boolean endOfDay(String hhmm) {
    return hhmm.equals("2400") || hhmm.equals("9999");
  }

  /**
   * The moment a date and a valid time name; the end of the day is the next day's 00:00, as in ISO
   * 8601.
   */
  static LocalDateTime at(LocalDate date, String hhmm) {
    if (endOfDay(hhmm)) {
      return date.plusDays(1).atStartOfDay();
    }
    return date.atTime(
        LocalTime.of(Integer.parseInt(hhmm, 0, 2, 10), Integer.parseInt(hhmm, 2, 4, 10)));
  }

  /** "14:30", or "end of day". */
  static String words(String hhmm) {
    return endOfDay(hhmm) ? "end of day" : hhmm.substring(0, 2) + ":" + hhmm.substring(2);
  }
}
