package org.arhub.formats.lockbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pulls a lockbox file's records off the stream one at a time, never holding more than one record.
 * Records end at LF, CRLF or CR. Bytes are read as ISO-8859-1 so that a column is a byte, as banks
 * count them; a control character or an over-long record makes the record unreadable (reported, and
 * returned as {@link Optional#empty()} so the caller can still count it).
 */
final class LockboxRecordSource {
  private static final String UTF8_BOM_AS_LATIN1 = "\u00ef\u00bb\u00bf";

  private final Reader in;
  private final LockboxLayout layout;
  private final LockboxProblems problems;
  private final char[] buffer = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private long lineNumber;
  private boolean ended;

  LockboxRecordSource(InputStream in, LockboxLayout layout, LockboxProblems problems) {
    this.in = new InputStreamReader(in, StandardCharsets.ISO_8859_1);
    this.layout = layout;
    this.problems = problems;
  }

  /**
   * Whether another record follows; after {@code false}, {@link #lastLine()} is the file's last
   * line.
   */
  boolean hasNext() throws IOException {
    return !ended && (position < limit || fill());
  }

  long lastLine() {
    return lineNumber;
  }

  /**
   * The next record, or empty when it is unreadable (the problem is reported). Call only after
   * {@link #hasNext()}.
   */
  Optional<LockboxLine> next() throws IOException {
    lineNumber++;
    line.setLength(0);
    boolean tooLong = false;
    while (position < limit || fill()) {
      char c = buffer[position++];
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        if ((position < limit || fill()) && buffer[position] == '\n') {
          position++;
        }
        break;
      }
      if (line.length() <= layout.maxRecordLength() + UTF8_BOM_AS_LATIN1.length()) {
        line.append(c);
      } else {
        tooLong = true;
      }
    }
    if (lineNumber == 1 && line.indexOf(UTF8_BOM_AS_LATIN1) == 0) {
      line.delete(0, UTF8_BOM_AS_LATIN1.length());
    }
    if (tooLong || line.length() > layout.maxRecordLength()) {
      problems.report(
          LockboxProblem.atLine(
              lineNumber,
              "record is longer than the "
                  + layout.maxRecordLength()
                  + " characters of layout "
                  + layout.name()));
      return Optional.empty();
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20
              && !(c == '\t'
                  && layout.delimiter() == '\t'
                  && layout.syntax() == LockboxLayout.Syntax.CSV))
          || (c >= 0x7f && c < 0xa0)) {
        problems.report(
            LockboxProblem.atLine(
                lineNumber, String.format("byte 0x%02X at column %d is not text", (int) c, i + 1)));
        return Optional.empty();
      }
    }
    String text = line.toString();
    if (layout.syntax() == LockboxLayout.Syntax.FIXED) {
      return Optional.of(LockboxLine.fixed(lineNumber, text));
    }
    return csvColumns(text).map(columns -> LockboxLine.csv(lineNumber, text, columns));
  }

  /** RFC 4180 fields within one line: a field may be quoted, with "" for a quote inside. */
  private Optional<List<String>> csvColumns(String text) {
    List<String> columns = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            problems.report(
                LockboxProblem.atLine(
                    lineNumber,
                    "quoted field in column " + (columns.size() + 1) + " has no closing quote"));
            return Optional.empty();
          }
          char c = text.charAt(i++);
          if (c == '"' && i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            break;
          } else {
            field.append(c);
          }
        }
        if (i < text.length() && text.charAt(i) != layout.delimiter()) {
          problems.report(
              LockboxProblem.atLine(
                  lineNumber, "text after the closing quote in column " + (columns.size() + 1)));
          return Optional.empty();
        }
      } else {
        while (i < text.length() && text.charAt(i) != layout.delimiter()) {
          field.append(text.charAt(i++));
        }
      }
      columns.add(field.toString());
      if (i >= text.length()) {
        return Optional.of(columns);
      }
      i++;
    }
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      ended = true;
      position = 0;
      limit = 0;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
