package org.arhub.ledger.gl;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Accounting periods are calendar months, written {@code YYYY-MM}. */
public final class AccountingPeriod {
  private AccountingPeriod() {}

  public static String of(LocalDate day) {
    return YearMonth.from(day).toString();
  }

  /** Parses a period; anything but {@code YYYY-MM} is an error naming what was given. */
  public static YearMonth parse(String period) {
    try {
      if (period == null || !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
        throw new DateTimeParseException("", String.valueOf(period), 0);
      }
      return YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "accounting period '" + period + "' is not a month (YYYY-MM)");
    }
  }

  public static String next(String period) {
    return parse(period).plusMonths(1).toString();
  }

  public static String previous(String period) {
    return parse(period).minusMonths(1).toString();
  }
}
