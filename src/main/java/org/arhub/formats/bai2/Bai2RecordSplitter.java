package org.arhub.formats.bai2;

import java.io.IOException;

/**
 * Turns physical lines into logical records. A record starts with a two-digit record code and a
 * comma and ends with "/" or at the end of its line; a line may hold several records. An 88 joins
 * the record before it. The spec's "/" terminator is taken as one only where it ends the line or is
 * followed by blanks and the next record, so a "/" inside a reference or text stays data. A line
 * that begins with no record code while a 16's text is still open (no "/" yet) wraps that text.
 */
final class Bai2RecordSplitter {
  private final Bai2LineReader lines;
  private final Bai2Problems problems;
  private String line;
  private int position;
  private boolean stopped;
  private boolean halted;
  private boolean sawRecord;

  // The physical record scanned ahead (to see whether an 88 follows the current one).
  private boolean pending;
  private String pendingCode;
  private int pendingStart;
  private int pendingEnd;
  private int pendingLine;
  private boolean pendingTerminated;
  private boolean pendingWrapsText;

  Bai2RecordSplitter(Bai2LineReader lines, Bai2Problems problems) {
    this.lines = lines;
    this.problems = problems;
  }

  /** Fills {@code record} with the next logical record; false at the end of the file. */
  boolean next(Bai2LogicalRecord record) throws IOException {
    if (!pending && !scan(false)) {
      return false;
    }
    pending = false;
    record.start(pendingCode, line, pendingStart, pendingEnd, pendingLine);
    boolean textOpen = !pendingTerminated && "16".equals(pendingCode);
    while (scan(textOpen)) {
      boolean continuation = "88".equals(pendingCode);
      if (!continuation && !pendingWrapsText) {
        break;
      }
      pending = false;
      boolean overflowed = record.overflowed();
      record.add(line, pendingStart, pendingEnd, pendingLine, continuation, continuation);
      if (!overflowed && record.overflowed()) {
        problems.add(
            record.position(),
            "record with its continuations is longer than "
                + Bai2LogicalRecord.MAX_CHARS
                + " characters or "
                + Bai2LogicalRecord.MAX_PARTS
                + " lines; the rest of it is not read");
      }
      textOpen = !pendingTerminated && "16".equals(record.code());
    }
    return true;
  }

  /** True when reading stopped before the end of the file: no BAI2 at all, or too many problems. */
  boolean halted() {
    return halted;
  }

  private void stop() {
    stopped = true;
    halted = true;
    pending = false;
  }

  private boolean scan(boolean textOpen) throws IOException {
    if (pending) {
      return true;
    }
    while (!stopped) {
      boolean freshLine = false;
      if (line == null || position >= line.length()) {
        if (!nextLine()) {
          return false;
        }
        freshLine = true;
      }
      int start = skipBlanks(line, position);
      if (start == line.length()) {
        position = start;
        continue;
      }
      if (isRecordStart(line, start)) {
        sawRecord = true;
        pendingCode = code(line, start);
        int body =
            start + 2 < line.length() && line.charAt(start + 2) == ',' ? start + 3 : start + 2;
        take(body);
        pendingWrapsText = false;
        return true;
      }
      if (textOpen && freshLine) {
        pendingCode = null;
        take(start);
        pendingWrapsText = true;
        return true;
      }
      problems.add(
          "line " + lines.lineNumber(),
          "not a BAI2 record: "
              + Bai2Problems.quote(line.substring(start))
              + " (expected a two-digit record code and a comma)");
      position = line.length();
      if (!sawRecord || problems.full()) {
        stop();
      }
    }
    return false;
  }

  private boolean nextLine() throws IOException {
    line = lines.next();
    position = 0;
    if (line == null) {
      stopped = true;
      return false;
    }
    if (lines.truncated()) {
      problems.add(
          "line " + lines.lineNumber(),
          "line is longer than "
              + Bai2LineReader.MAX_LINE
              + " characters: not a BAI2 file, or one without line breaks");
      stop();
      return false;
    }
    return true;
  }

  /** Takes the record body from {@code body} to its terminator or the end of the line. */
  private void take(int body) {
    pending = true;
    pendingStart = body;
    pendingLine = lines.lineNumber();
    int slash = terminator(line, body);
    if (slash >= 0) {
      pendingEnd = slash;
      pendingTerminated = true;
      position = slash + 1;
    } else {
      pendingEnd = trimEnd(line, body, line.length());
      pendingTerminated = false;
      position = line.length();
    }
  }

  /**
   * The "/" that ends the record starting at {@code from}: one followed by blanks only, or by
   * blanks and a record.
   */
  static int terminator(String line, int from) {
    int length = line.length();
    for (int slash = line.indexOf('/', from); slash >= 0; slash = line.indexOf('/', slash + 1)) {
      int next = skipBlanks(line, slash + 1);
      if (next == length) {
        return slash;
      }
      if (next > slash + 1
          && next + 2 < length
          && isRecordStart(line, next)
          && line.charAt(next + 2) == ',') {
        return slash;
      }
    }
    return -1;
  }

  /** Two digits followed by a comma, a "/" or the end of the line. */
  static boolean isRecordStart(String line, int at) {
    int length = line.length();
    if (at + 1 >= length || !digit(line.charAt(at)) || !digit(line.charAt(at + 1))) {
      return false;
    }
    if (at + 2 == length) {
      return true;
    }
    char after = line.charAt(at + 2);
    return after == ',' || after == '/';
  }

  private static String code(String line, int at) {
    char c0 = line.charAt(at);
    char c1 = line.charAt(at + 1);
    return switch (c0 * 16 + c1) {
      case '0' * 16 + '1' -> "01";
      case '0' * 16 + '2' -> "02";
      case '0' * 16 + '3' -> "03";
      case '1' * 16 + '6' -> "16";
      case '4' * 16 + '9' -> "49";
      case '8' * 16 + '8' -> "88";
      case '9' * 16 + '8' -> "98";
      case '9' * 16 + '9' -> "99";
      default -> line.substring(at, at + 2);
    };
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static int skipBlanks(String line, int from) {
    int i = from;
    while (i < line.length() && blank(line.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String line, int from, int to) {
    int end = to;
    while (end > from && blank(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }
}
