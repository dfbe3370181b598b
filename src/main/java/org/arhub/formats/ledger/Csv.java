package org.arhub.formats.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as the hub reads and writes it (apply command, demo ledger): a header row naming the
 * columns, fields quoted with {@code "} when they hold a comma, quote or line break.
 */
public final class Csv {
  private Csv() {}

  /** One data row by column name; {@code line} is the row's line number in the file. */
  public record Row(Path file, int line, Map<String, String> fields) {
    public String get(String column) {
      return fields.getOrDefault(column, "").trim();
    }

    /** A required column: an empty value is an error naming the file, line and column. */
    public String required(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        throw new IllegalArgumentException(where() + ": column " + column + " is empty");
      }
      return value;
    }

    public String where() {
      return file + " line " + line;
    }
  }

  public static List<Row> read(Path file, List<String> requiredColumns) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = reader.readLine();
      if (headerLine == null) {
        throw new IllegalArgumentException(file + ": empty, expected a header row");
      }
      List<String> header = fields(headerLine.replace("\uFEFF", ""));
      for (String column : requiredColumns) {
        if (!header.contains(column)) {
          throw new IllegalArgumentException(
              file + " line 1: missing column " + column + " (has " + header + ")");
        }
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<String> values = fields(line);
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
          byName.put(header.get(i), values.get(i));
        }
        rows.add(new Row(file, number, byName));
      }
    }
    return rows;
  }

  /** The fields of one line; a quoted field may hold commas and doubled quotes. */
  public static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  public static void writeRow(Writer out, String... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(values[i]));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
