package org.arhub.invoicing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document (an invoice with its lines, or a customer) as an ERP file gave it, by canonical
 * field name and still as text, each value with where it was, so that every problem found later
 * names the file and line or XML path. {@code problems} are what the reader already saw wrong with
 * this document (a line row without a header row, rows of one document apart).
 */
public record ErpDocument(Fields header, List<Fields> lines, List<InvoiceProblem> problems) {
  public ErpDocument {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /**
   * Where the document starts: "invoices.csv line 7" or "export.xml /Export/Invoice[3] (line 41)".
   */
  public String where() {
    return header.where();
  }

  public Optional<String> documentId() {
    return header.text("documentId");
  }

  /** One record's values by canonical field; blank values are absent. */
  public record Fields(String where, Map<String, Value> values) {
    public Fields {
      values = Map.copyOf(values);
    }

    public Optional<Value> get(String field) {
      return Optional.ofNullable(values.get(field));
    }

    public Optional<String> text(String field) {
      return get(field).map(Value::text);
    }
  }

  /** A field's text as the file had it (trimmed), and where: "invoices.csv line 7 column qty". */
  public record Value(String text, String where) {}
}
