package org.arhub.formats.lockbox;

import java.util.List;
import org.arhub.formats.lockbox.LockboxLayout.CsvColumn;
import org.arhub.formats.lockbox.LockboxLayout.FixedColumns;
import org.arhub.formats.lockbox.LockboxLayout.Location;

/**
 * One physical record of a lockbox file as read from the stream: its line number and its text,
 * split into columns when the layout is CSV. A fixed record shorter than the layout's length reads
 * as if padded with spaces (many transfers strip trailing blanks).
 */
record LockboxLine(long number, String text, List<String> columns) {

  static LockboxLine fixed(long number, String text) {
    return new LockboxLine(number, text, List.of());
  }

  static LockboxLine csv(long number, String text, List<String> columns) {
    return new LockboxLine(number, text, List.copyOf(columns));
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** The raw text at a location, untrimmed; missing columns read as blank. */
  String value(Location location) {
    if (location instanceof FixedColumns fixed) {
      int from = fixed.start() - 1;
      int to = fixed.end();
      if (from >= text.length()) {
        return " ".repeat(fixed.length());
      }
      String part = text.substring(from, Math.min(to, text.length()));
      return part.length() == fixed.length()
          ? part
          : part + " ".repeat(fixed.length() - part.length());
    }
    int column = ((CsvColumn) location).column();
    return column <= columns.size() ? columns.get(column - 1) : "";
  }
}
