package org.arhub.formats.x12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV code table of mappings (comment lines start with #, the first other line is the
 * header).
 */
final class X12CodeTable {
  private X12CodeTable() {}

  /** A line of a table that is neither blank nor a comment, with its number for error messages. */
  record Line(int number, String text) {}

  static List<String[]> read(String file, int columns) {
    String name = X12Schemas.FOLDER + file;
    List<Line> lines = lines(open(X12CodeTable.class.getClassLoader(), name));
    List<String[]> rows = new ArrayList<>();
    for (Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] row = line.text().split(",", columns);
      if (row.length < columns) {
        throw new IllegalStateException(
            name + " line " + line.number() + ": expected " + columns + " columns");
      }
      for (int i = 0; i < row.length; i++) {
        row[i] = row[i].strip();
      }
      rows.add(row);
    }
    return rows;
  }

  static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + ": not found on the classpath");
    }
    return in;
  }

  /**
   * The lines of a table, header included, without blank and comment (#) lines; closes {@code in}.
   */
  static List<Line> lines(InputStream in) {
    List<Line> kept = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          kept.add(new Line(number, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return kept;
  }
}
