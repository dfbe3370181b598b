package org.arhub.invoicing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.formats.InvalidFileException;
import org.arhub.invoicing.ErpDocument.Fields;
import org.arhub.invoicing.ErpDocument.Value;
import org.arhub.invoicing.ErpLayout.RecordTypes;
import org.arhub.invoicing.ErpLayout.Subject;

/**
 * An ERP's CSV export (RFC 4180 quoting, one record per line) in one of two shapes: one row per
 * invoice line with the header fields repeated, rows of one invoice next to each other and grouped
 * by the document id; or header and line rows told apart by a record-type column, lines following
 * their header. Customers are one row each.
 */
final class CsvErpReader implements ErpDocumentReader {
  private final ErpLayout layout;
  private final BufferedReader in;
  private final String file;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final Set<String> finished = new HashSet<>();
  private Row pending;
  private int lineNumber;

  CsvErpReader(ErpLayout layout, InputStream stream, String file) throws InvalidFileException {
    this.layout = layout;
    this.file = file;
    this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    if (layout.headerRow()) {
      readHeader();
    }
  }

  private record Row(int line, List<String> values) {}

  private void readHeader() throws InvalidFileException {
    Row header = nextRow();
    if (header == null) {
      throw new InvalidFileException(file, "line 1", "empty file, expected a header row");
    }
    for (int i = 0; i < header.values().size(); i++) {
      columns.putIfAbsent(header.values().get(i).replace("\uFEFF", "").trim(), i);
    }
    List<String> missing = new ArrayList<>();
    List<String> wanted = new ArrayList<>(layout.fields().values());
    wanted.addAll(layout.lineFields().values());
    layout.recordTypes().ifPresent(r -> wanted.add(r.column()));
    for (String column : wanted) {
      if (!columns.containsKey(column) && !missing.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidFileException(
          file,
          "line " + header.line(),
          "missing column(s) "
              + String.join(", ", missing)
              + " of layout "
              + layout.name()
              + " (the header has "
              + String.join(", ", columns.keySet())
              + ")");
    }
  }

  @Override
  public Optional<ErpDocument> next() throws InvalidFileException {
    Row first = pending != null ? pending : nextRow();
    pending = null;
    if (first == null) {
      return Optional.empty();
    }
    if (layout.subject() == Subject.CUSTOMERS) {
      return Optional.of(new ErpDocument(fields(first, layout.fields()), List.of(), List.of()));
    }
    return Optional.of(
        layout.recordTypes().isPresent() ? headerAndLines(first) : rowsPerLine(first));
  }

  /** One row per line: the rows up to the next document id make the invoice. */
  private ErpDocument rowsPerLine(Row first) throws InvalidFileException {
    Fields header = fields(first, layout.fields());
    String id = header.text("documentId").orElse("");
    List<Fields> lines = new ArrayList<>(List.of(fields(first, layout.lineFields())));
    Row row;
    while ((row = nextRow()) != null) {
      if (!value(row, layout.fields().get("documentId")).equals(id) || id.isEmpty()) {
        pending = row;
        break;
      }
      lines.add(fields(row, layout.lineFields()));
    }
    return new ErpDocument(header, lines, scattered(id, header.where()));
  }

  /** Header and line rows: a header row opens an invoice, its line rows follow it. */
  private ErpDocument headerAndLines(Row first) throws InvalidFileException {
    RecordTypes types = layout.recordTypes().orElseThrow();
    List<InvoiceProblem> problems = new ArrayList<>();
    String type = value(first, types.column());
    if (!type.equals(types.headerCode())) {
      problems.add(
          new InvoiceProblem(
              where(first),
              "record type '"
                  + type
                  + "' where an invoice header ('"
                  + types.headerCode()
                  + "') was expected; row skipped"));
      return new ErpDocument(new Fields(where(first), Map.of()), List.of(), problems);
    }
    Fields header = fields(first, layout.fields());
    String id = header.text("documentId").orElse("");
    List<Fields> lines = new ArrayList<>();
    Row row;
    while ((row = nextRow()) != null) {
      String rowType = value(row, types.column());
      if (rowType.equals(types.headerCode())) {
        pending = row;
        break;
      }
      if (!rowType.equals(types.lineCode())) {
        problems.add(
            new InvoiceProblem(
                where(row), "unknown record type '" + rowType + "' in invoice " + id));
        continue;
      }
      Fields line = fields(row, layout.lineFields());
      line.text("documentId")
          .filter(lineDocument -> !lineDocument.equals(id))
          .ifPresent(
              lineDocument ->
                  problems.add(
                      new InvoiceProblem(
                          line.where(),
                          "line of document " + lineDocument + " under the header of " + id)));
      lines.add(line);
    }
    problems.addAll(scattered(id, header.where()));
    return new ErpDocument(header, lines, problems);
  }

  /** Streaming needs one invoice's rows together; a document id seen before is a second part. */
  private List<InvoiceProblem> scattered(String id, String where) {
    if (!id.isEmpty() && !finished.add(id)) {
      return List.of(
          new InvoiceProblem(
              where, "rows of document " + id + " are not next to each other in the file"));
    }
    return List.of();
  }

  private Fields fields(Row row, Map<String, String> mapping) {
    Map<String, Value> values = new LinkedHashMap<>();
    mapping.forEach(
        (field, column) -> {
          String text = value(row, column);
          if (!text.isEmpty()) {
            values.put(field, new Value(text, where(row) + " column " + column));
          }
        });
    return new Fields(where(row), values);
  }

  private String value(Row row, String column) {
    int index = layout.headerRow() ? columns.get(column) : Integer.parseInt(column) - 1;
    return index < row.values().size() ? row.values().get(index).trim() : "";
  }

  private String where(Row row) {
    return file + " line " + row.line();
  }

  /** The next non-blank row; a quoted field may not span lines. */
  private Row nextRow() throws InvalidFileException {
    try {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          return new Row(lineNumber, split(line));
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> split(String line) throws InvalidFileException {
    char delimiter = layout.delimiter();
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
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidFileException(
          file, "line " + lineNumber, "a quoted field is not closed on its line");
    }
    fields.add(field.toString());
    return fields;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
