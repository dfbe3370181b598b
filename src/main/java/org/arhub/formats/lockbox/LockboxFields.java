package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.arhub.formats.lockbox.LockboxLayout.FieldLayout;
import org.arhub.formats.lockbox.LockboxLayout.RecordLayout;
import org.arhub.model.Money;

/**
 * Reads the fields of one record through the bank's layout, typed, reporting each bad field with
 * its line, record name and field name. A field the layout does not declare reads as absent; a
 * required field that is blank or unreadable makes the record unusable ({@link #complete()} is
 * false).
 */
final class LockboxFields {
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

  private final LockboxLine line;
  private final RecordLayout record;
  private final LockboxLayout layout;
  private final LockboxProblems problems;
  private boolean complete = true;

  LockboxFields(
      LockboxLine line, RecordLayout record, LockboxLayout layout, LockboxProblems problems) {
    this.line = line;
    this.record = record;
    this.layout = layout;
    this.problems = problems;
  }

  long line() {
    return line.number();
  }

  /** False when a required field was blank or unreadable: the record cannot be used. */
  boolean complete() {
    return complete;
  }

  Optional<String> text(String name) {
    return raw(name)
        .map(
            value -> {
              FieldLayout field = record.field(name).orElseThrow();
              if (!field.stripLeadingZeros()) {
                return value;
              }
              int zeros = 0;
              while (zeros < value.length() - 1 && value.charAt(zeros) == '0') {
                zeros++;
              }
              return value.substring(zeros);
            });
  }

  Optional<Integer> count(String name) {
    return raw(name)
        .flatMap(
            value -> {
              if (!digits(value) || value.length() > 9) {
                return bad(name, "'" + value + "' is not a count");
              }
              return Optional.of(Integer.parseInt(value));
            });
  }

  Optional<BigDecimal> amount(String name) {
    return raw(name)
        .flatMap(
            value -> {
              String currency = layout.currency();
              if (layout.impliedDecimals().isPresent()) {
                if (!digits(value)) {
                  return bad(
                      name,
                      "'"
                          + value
                          + "' is not an amount (digits only, the last "
                          + layout.impliedDecimals().getAsInt()
                          + " are decimals)");
                }
                return Optional.of(
                    Money.atScale(
                        new BigDecimal(value).movePointLeft(layout.impliedDecimals().getAsInt()),
                        currency));
              }
              if (!DECIMAL.matcher(value).matches()) {
                return bad(
                    name,
                    "'" + value + "' is not an amount (digits with an optional decimal point)");
              }
              try {
                return Optional.of(Money.atScale(new BigDecimal(value), currency));
              } catch (IllegalArgumentException e) {
                return bad(name, "'" + value + "' has more decimals than " + currency + " allows");
              }
            });
  }

  Optional<LocalDate> date(String name) {
    return raw(name)
        .flatMap(
            value -> {
              try {
                return Optional.of(LocalDate.parse(value, layout.dateFormat()));
              } catch (DateTimeParseException e) {
                return bad(name, "'" + value + "' is not a date (" + layout.datePattern() + ")");
              }
            });
  }

  Optional<LocalTime> time(String name) {
    return raw(name)
        .flatMap(
            value -> {
              try {
                return Optional.of(LocalTime.parse(value, layout.timeFormat()));
              } catch (DateTimeParseException e) {
                return bad(
                    name, "'" + value + "' is not a time of day (" + layout.timePattern() + ")");
              }
            });
  }

  /** Reports a problem with a field's value found by the caller (a cross-record check). */
  void problem(String name, String reason) {
    problems.report(LockboxProblem.at(line.number(), record.type().recordName(), name, reason));
  }

  /** Reports a problem with the record as a whole. */
  void problem(String reason) {
    problems.report(LockboxProblem.at(line.number(), record.type().recordName(), reason));
  }

  private Optional<String> raw(String name) {
    Optional<FieldLayout> field = record.field(name);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    String value = line.value(field.get().location()).strip();
    if (value.isEmpty()) {
      if (field.get().field().required()) {
        complete = false;
        problem(name, "is blank (" + field.get().location() + ")");
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static boolean digits(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private <T> Optional<T> bad(String name, String reason) {
    if (record.field(name).orElseThrow().field().required()) {
      complete = false;
    }
    problem(name, reason);
    return Optional.empty();
  }
}
