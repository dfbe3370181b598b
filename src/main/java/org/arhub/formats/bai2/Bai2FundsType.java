package org.arhub.formats.bai2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BAI2 v2 Funds Type field of 03 summaries and 16 details: when the money is available. Its code
 * decides how many fields follow it: 0, 1, 2 and Z none; V a value date and time; S the immediate,
 * one-day and two-or-more-day amounts; D a count and that many (days, amount) pairs. Blank means
 * not reported.
 */
record Bai2FundsType(
    char code,
    LocalDate valueDate,
    String valueTime,
    Long immediate,
    Long oneDay,
    Long twoOrMoreDays,
    List<Distribution> distributions) {

  /** One part of a D funds type: available after {@code days} days. */
  record Distribution(Long days, Long amount) {}

  static final Bai2FundsType NOT_REPORTED = simple(' ');
  private static final Bai2FundsType IMMEDIATE = simple('0');
  private static final Bai2FundsType ONE_DAY = simple('1');
  private static final Bai2FundsType TWO_DAYS = simple('2');
  private static final Bai2FundsType UNKNOWN = simple('Z');

  private static Bai2FundsType simple(char code) {
    return new Bai2FundsType(code, null, null, null, null, null, List.of());
  }

  /** Reads the funds type field and the fields its code brings along. */
  static Bai2FundsType read(Bai2Fields fields) {
    String code = fields.text("funds type", false);
    if (code.isEmpty()) {
      return NOT_REPORTED;
    }
    if (code.length() == 1) {
      switch (code.charAt(0)) {
        case '0':
          return IMMEDIATE;
        case '1':
          return ONE_DAY;
        case '2':
          return TWO_DAYS;
        case 'Z':
          return UNKNOWN;
        case 'V':
          return new Bai2FundsType(
              'V',
              fields.date("value date", true),
              fields.time("value time", false),
              null,
              null,
              null,
              List.of());
        case 'S':
          return new Bai2FundsType(
              'S',
              null,
              null,
              fields.amount("immediate availability", false),
              fields.amount("one-day availability", false),
              fields.amount("two-or-more-day availability", false),
              List.of());
        case 'D':
          return distributed(fields);
        default:
          break;
      }
    }
    fields.problem(
        fields.field("funds type")
            + " "
            + fields.quotedValue()
            + " is not one of 0, 1, 2, V, S, D, Z");
    return NOT_REPORTED;
  }

  private static Bai2FundsType distributed(Bai2Fields fields) {
    Long count = fields.number("number of distributions", true);
    List<Distribution> distributions = new ArrayList<>();
    for (long i = 0; count != null && i < count; i++) {
      if (!fields.hasMore()) {
        fields.problem(
            "funds type D announces " + count + " distributions but the record ends after " + i);
        break;
      }
      distributions.add(
          new Distribution(
              fields.number("availability days", true),
              fields.amount("distribution amount", true)));
    }
    return new Bai2FundsType('D', null, null, null, null, null, List.copyOf(distributions));
  }

  boolean reported() {
    return code != ' ';
  }

  /** The value date of a V funds type. */
  Optional<LocalDate> valueDateIfAny() {
    return Optional.ofNullable(valueDate);
  }

  /**
   * The availability in plain words, amounts at the currency's {@code scale}; empty when not
   * reported.
   */
  Optional<String> words(int scale) {
    return switch (code) {
      case '0' -> Optional.of("immediate");
      case '1' -> Optional.of("one business day");
      case '2' -> Optional.of("two or more business days");
      case 'Z' -> Optional.of("unknown");
      case 'V' ->
          Optional.of(
              "value dated "
                  + (valueDate == null ? "?" : valueDate)
                  + (valueTime == null ? "" : " " + Bai2Time.words(valueTime)));
      case 'S' ->
          Optional.of(
              "distributed: immediate "
                  + money(immediate, scale)
                  + ", one day "
                  + money(oneDay, scale)
                  + ", two or more days "
                  + money(twoOrMoreDays, scale));
      case 'D' -> Optional.of(distributedWords(scale));
      default -> Optional.empty();
    };
  }

  private String distributedWords(int scale) {
    StringBuilder words = new StringBuilder("distributed:");
    String separator = " ";
    for (Distribution d : distributions) {
      words
          .append(separator)
          .append(money(d.amount(), scale))
          .append(" after ")
          .append(d.days() == null ? "?" : d.days())
          .append(d.days() != null && d.days() == 1 ? " day" : " days");
      separator = ", ";
    }
    return words.toString();
  }

  private static String money(Long units, int scale) {
    return BigDecimal.valueOf(units == null ? 0 : units, scale).toPlainString();
  }
}
