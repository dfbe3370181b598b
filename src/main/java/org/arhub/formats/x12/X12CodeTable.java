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
 * A small CSV code table of mappings/x12 (comment lines start with #, the first other line is the
 * header).
 */
final class X12CodeTable {
  private X12CodeTable() {}

  static List<String[]> read(String file, int columns) {
    InputStream in =
        X12CodeTable.class.getClassLoader().getResourceAsStream(X12Schemas.FOLDER + file);
    if (in == null) {
      throw new IllegalStateException(X12Schemas.FOLDER + file + ": not found on the classpath");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] row = line.split(",", columns);
        if (row.length < columns) {
          throw new IllegalStateException(
              X12Schemas.FOLDER + file + " line " + number + ": expected " + columns + " columns");
        }
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i].strip();
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
