package org.arhub.formats.bai2;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a logical record's fields in order, across its 88 continuations (an 88 goes on with the
 * field after the last one of the record it continues), and checks them as it reads: a value that
 * is not what its field allows is recorded as a problem naming line, record and field, and read as
 * absent. Field numbers count the record code as field 1, as the spec's record layouts do.
 */
final class Bai2Fields {
  private final Bai2Problems problems;
  private Bai2LogicalRecord record;
  private int segment;
  private int next;
  private int number;
  private String source = "";
  private int start;
  private int end;
  private int fieldSegment;
  private int lastDateKey = -1;
  private LocalDate lastDate;

  Bai2Fields(Bai2Problems problems) {
    this.problems = problems;
  }

  Bai2Fields of(Bai2LogicalRecord logical) {
    record = logical;
    segment = 0;
    next = logical.start(0) < logical.end(0) ? logical.start(0) : logical.end(0) + 1;
    number = 1;
    return this;
  }

  /** Moves to the next field; false (and an empty field) when the record has no more. */
  boolean advance() {
    number++;
    while (segment < record.segments()) {
      int segmentEnd = record.end(segment);
      if (next <= segmentEnd) {
        source = record.source(segment);
        fieldSegment = segment;
        start = next;
        int comma = source.indexOf(',', next);
        if (comma < 0 || comma >= segmentEnd) {
          end = segmentEnd;
          next = segmentEnd + 1;
        } else {
          end = comma;
          next = comma + 1;
        }
        return true;
      }
      segment++;
      if (segment < record.segments()) {
        next =
            record.start(segment) < record.end(segment)
                ? record.start(segment)
                : record.end(segment) + 1;
      }
    }
    source = "";
    start = 0;
    end = 0;
    fieldSegment = record.segments() - 1;
    return false;
  }

  /** Whether any field is left, including empty ones. */
  boolean hasMore() {
    for (int s = segment; s < record.segments(); s++) {
      int from =
          s == segment
              ? next
              : (record.start(s) < record.end(s) ? record.start(s) : record.end(s) + 1);
      if (from <= record.end(s)) {
        return true;
      }
    }
    return false;
  }

  /** The next field, blanks trimmed; "" when empty or absent, and a problem when required. */
  String text(String name, boolean required) {
    if (!present(name, required)) {
      return "";
    }
    return source.substring(start, end);
  }

  /**
   * The next field as a BAI2 amount: digits with an optional leading + or -, implied decimals. Null
   * when absent or wrong.
   */
  Long amount(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    int i = start;
    boolean negative = false;
    char first = source.charAt(i);
    if (first == '+' || first == '-') {
      negative = first == '-';
      i++;
    }
    if (i == end) {
      return wrong(name, "is not a BAI2 amount (digits with an optional leading + or -)");
    }
    long value = 0;
    int significant = 0;
    for (; i < end; i++) {
      char c = source.charAt(i);
      if (c < '0' || c > '9') {
        return wrong(name, "is not a BAI2 amount (digits with an optional leading + or -)");
      }
      if (value != 0 || c != '0') {
        if (++significant > 18) {
          return wrong(name, "has more than 18 significant digits");
        }
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /**
   * The next field as an unsigned whole number (item and record counts, days). Null when absent or
   * wrong.
   */
  Long number(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    if (end - start > 18) {
      return wrong(name, "is not a count (digits only)");
    }
    long value = digits();
    if (value < 0) {
      return wrong(name, "is not a count (digits only)");
    }
    return value;
  }

  /** The next field as a YYMMDD date; years 80-99 are 1980-1999, 00-79 are 2000-2079. */
  LocalDate date(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    int key = sixDigits();
    if (key < 0) {
      return wrong(name, "is not a YYMMDD date");
    }
    if (key == lastDateKey) {
      return lastDate;
    }
    int yy = key / 10000;
    try {
      LocalDate date = LocalDate.of(yy >= 80 ? 1900 + yy : 2000 + yy, key / 100 % 100, key % 100);
      lastDateKey = key;
      lastDate = date;
      return date;
    } catch (DateTimeException e) {
      return wrong(name, "is not a YYMMDD date");
    }
  }

  /** The next field as an HHMM time, 0000-2359, or 2400 / 9999 for the end of the day. */
  String time(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    String time = source.substring(start, end);
    if (!Bai2Time.valid(time)) {
      return wrong(name, "is not an HHMM time (0000-2359, or 2400 / 9999 for end of day)");
    }
    return time;
  }

  /** The next field as a three-digit type code, or null. */
  Bai2TypeCode typeCode(Bai2TypeCodes codes, String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    Bai2TypeCode code =
        end - start == 3
            ? codes.find(source.charAt(start), source.charAt(start + 1), source.charAt(start + 2))
            : null;
    if (code == null) {
      return wrong(
          name, "is not a BAI2 type code (standard table, bank table or the spec's ranges)");
    }
    return code;
  }

  /** Whether the field last read was empty (before trimming counts as empty too). */
  boolean lastEmpty() {
    return start == end;
  }

  /**
   * The rest of the record as free text (a 16's text): the rest of the current part, then every
   * continuation as a line of its own; blank lines dropped, trailing blanks cut, leading kept.
   */
  List<String> textLines() {
    List<String> text = new ArrayList<>(2);
    for (int s = segment; s < record.segments(); s++) {
      String line = record.source(s);
      int from = s == segment ? next : record.start(s);
      int to = Bai2RecordSplitter.trimEnd(line, from, record.end(s));
      if (from < to) {
        text.add(line.substring(from, to));
      }
    }
    segment = record.segments();
    return text;
  }

  /** A record that has fields beyond its layout: a problem unless they are all empty. */
  void expectEnd(String recordName) {
    while (advance()) {
      trim();
      if (start < end) {
        problem(
            "unexpected field "
                + number
                + " "
                + Bai2Problems.quote(source.substring(start, end))
                + " after the last field of the "
                + recordName);
        return;
      }
    }
  }

  /** A problem about the field last read, at its line. */
  void problem(String reason) {
    problems.add(record.position(fieldSegment), reason);
  }

  /** "amount (field 3)". */
  String field(String name) {
    return name + " (field " + number + ")";
  }

  String quotedValue() {
    return Bai2Problems.quote(source.substring(start, end));
  }

  private <T> T wrong(String name, String what) {
    problem(field(name) + " " + quotedValue() + " " + what);
    return null;
  }

  /**
   * Reads the next field, blanks trimmed: whether it has a value; a problem when it is empty but
   * required.
   */
  private boolean present(String name, boolean required) {
    advance();
    trim();
    if (start == end && required) {
      problem(field(name) + " is missing");
    }
    return start < end;
  }

  private void trim() {
    while (start < end && Bai2RecordSplitter.blank(source.charAt(start))) {
      start++;
    }
    end = Bai2RecordSplitter.trimEnd(source, start, end);
  }

  private int sixDigits() {
    return end - start == 6 ? (int) digits() : -1;
  }

  /** The field last read as an unsigned whole number; -1 when it holds anything but digits. */
  private long digits() {
    long value = 0;
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
