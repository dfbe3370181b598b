package org.arhub.invoicing;

import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.invoicing.ErpLayout.RecordTypes;
import org.arhub.invoicing.ErpLayout.Subject;
import org.arhub.invoicing.ErpLayout.Syntax;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an ERP layout YAML and checks it before any file is read with it: known settings and
 * canonical field names, the fields intake cannot do without, CSV columns that can be found, XML
 * paths, date and number formats. All problems are collected, each named by its YAML path.
 */
final class ErpLayoutYaml {
  private static final Set<String> SETTINGS =
      Set.of(
          "description",
          "subject",
          "syntax",
          "delimiter",
          "headerRow",
          "recordTypes",
          "documentPath",
          "linePath",
          "fields",
          "lineFields",
          "defaults",
          "values",
          "dateFormat",
          "decimalSeparator",
          "listSeparator",
          "numbering");
  private static final List<String> REQUIRED_INVOICE = List.of("documentId", "issueDate");
  private static final List<String> REQUIRED_LINE = List.of("quantity", "unitPrice");

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private ErpLayoutYaml(String source) {
    this.source = source;
  }

  static ErpLayout read(String name, String source, InputStream yaml) {
    ErpLayoutYaml reader = new ErpLayoutYaml(source);
    ErpLayout layout = reader.layout(name, yaml);
    if (!reader.problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", reader.problems));
    }
    return layout;
  }

  private ErpLayout layout(String name, InputStream yaml) {
    Map<?, ?> root = load(yaml);
    for (Object key : root.keySet()) {
      if (!SETTINGS.contains(String.valueOf(key))) {
        problem(String.valueOf(key), "unknown setting (known: " + sorted(SETTINGS) + ")");
      }
    }
    Subject subject = choice("subject", root.get("subject"), Subject.class);
    Syntax syntax = choice("syntax", root.get("syntax"), Syntax.class);
    boolean headerRow = !"false".equals(String.valueOf(root.get("headerRow")));
    Map<String, String> fields = strings("fields", root.get("fields"));
    Map<String, String> lineFields = strings("lineFields", root.get("lineFields"));
    Map<String, String> defaults = strings("defaults", root.get("defaults"));
    checkNames(subject, fields, lineFields, defaults);
    Optional<RecordTypes> recordTypes = recordTypes(root.get("recordTypes"));
    if (syntax == Syntax.CSV) {
      checkColumns(headerRow, fields, lineFields, recordTypes);
    }
    Optional<String> documentPath = text(root.get("documentPath"));
    Optional<String> linePath = text(root.get("linePath"));
    if (syntax == Syntax.XML) {
      if (documentPath.isEmpty() || !documentPath.get().startsWith("/")) {
        problem(
            "documentPath",
            "an XML layout needs the absolute path of one document, e.g. /Export/Invoice");
      }
      if (subject == Subject.INVOICES && linePath.isEmpty()) {
        problem("linePath", "an XML invoice layout needs the path of one line, e.g. Lines/Line");
      }
    }
    return new ErpLayout(
        name,
        text(root.get("description")).orElse(name),
        subject,
        syntax,
        single("delimiter", root.get("delimiter"), ','),
        headerRow,
        recordTypes,
        documentPath,
        linePath,
        fields,
        lineFields,
        defaults,
        values(root.get("values")),
        dateFormat(root.get("dateFormat")),
        single("decimalSeparator", root.get("decimalSeparator"), '.'),
        text(root.get("listSeparator")).orElse(";"),
        numbering(root.get("numbering"), "invoice", "INV-{yyyy}-{seq:6}"),
        numbering(root.get("numbering"), "creditNote", "CRN-{yyyy}-{seq:6}"));
  }

  private void checkNames(
      Subject subject,
      Map<String, String> fields,
      Map<String, String> lineFields,
      Map<String, String> defaults) {
    List<String> known =
        subject == Subject.CUSTOMERS ? ErpLayout.CUSTOMER_FIELDS : ErpLayout.INVOICE_FIELDS;
    fields.keySet().stream()
        .filter(f -> !known.contains(f))
        .forEach(f -> problem("fields." + f, "not a canonical field (known: " + known + ")"));
    lineFields.keySet().stream()
        .filter(f -> !ErpLayout.LINE_FIELDS.contains(f))
        .forEach(
            f ->
                problem(
                    "lineFields." + f, "not a line field (known: " + ErpLayout.LINE_FIELDS + ")"));
    for (String key : defaults.keySet()) {
      boolean line = key.startsWith("lines.") && ErpLayout.LINE_FIELDS.contains(key.substring(6));
      if (!known.contains(key) && !line) {
        problem("defaults." + key, "not a canonical field (lines.<field> for a line field)");
      }
    }
    if (subject == Subject.CUSTOMERS) {
      for (String required : List.of("id", "name")) {
        if (!fields.containsKey(required)) {
          problem(
              "fields." + required, "required: where the ERP writes the customer's " + required);
        }
      }
      return;
    }
    for (String required : REQUIRED_INVOICE) {
      if (!fields.containsKey(required)) {
        problem("fields." + required, "required: where the ERP writes it");
      }
    }
    if (!fields.containsKey("buyer.id") && !defaults.containsKey("buyer.id")) {
      problem("fields.buyer.id", "required: the ERP's customer id of the invoice");
    }
    for (String required : REQUIRED_LINE) {
      if (!lineFields.containsKey(required)) {
        problem("lineFields." + required, "required: where the ERP writes it");
      }
    }
  }

  /** Without a header row, columns are named by 1-based position. */
  private void checkColumns(
      boolean headerRow,
      Map<String, String> fields,
      Map<String, String> lineFields,
      Optional<RecordTypes> recordTypes) {
    if (headerRow) {
      return;
    }
    Map<String, String> all = new LinkedHashMap<>();
    fields.forEach((k, v) -> all.put("fields." + k, v));
    lineFields.forEach((k, v) -> all.put("lineFields." + k, v));
    recordTypes.ifPresent(r -> all.put("recordTypes.column", r.column()));
    all.forEach(
        (where, column) -> {
          if (!column.matches("[1-9][0-9]{0,3}")) {
            problem(where, "'" + column + "' must be a column number (headerRow: false)");
          }
        });
  }

  private Optional<RecordTypes> recordTypes(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    Map<String, String> map = strings("recordTypes", value);
    for (String key : List.of("column", "header", "line")) {
      if (!map.containsKey(key)) {
        problem("recordTypes." + key, "required (column, header and line codes)");
      }
    }
    return Optional.of(new RecordTypes(map.get("column"), map.get("header"), map.get("line")));
  }

  private Map<String, Map<String, String>> values(Object value) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problem("values", "must map a field to its code table, e.g. type: { CRN: credit_note }");
      return out;
    }
    map.forEach(
        (field, table) -> out.put(String.valueOf(field), strings("values." + field, table)));
    return out;
  }

  private InvoiceNumberFormat numbering(Object value, String key, String fallback) {
    String pattern = fallback;
    if (value instanceof Map<?, ?> map && map.get(key) != null) {
      pattern = String.valueOf(map.get(key));
    } else if (value != null && !(value instanceof Map<?, ?>)) {
      problem("numbering", "must map invoice and creditNote to number formats");
    }
    try {
      return new InvoiceNumberFormat(pattern);
    } catch (IllegalArgumentException e) {
      problem("numbering." + key, e.getMessage());
      return new InvoiceNumberFormat(fallback);
    }
  }

  private DateTimeFormatter dateFormat(Object value) {
    String pattern = text(value).orElse("yyyy-MM-dd");
    try {
      return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      problem("dateFormat", "'" + pattern + "' is not a date pattern: " + e.getMessage());
      return DateTimeFormatter.ISO_LOCAL_DATE;
    }
  }

  private <E extends Enum<E>> E choice(String key, Object value, Class<E> type) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      problem(key, "required (" + options(type) + ")");
      return null;
    }
    try {
      return Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(key, "'" + text.get() + "' is not one of " + options(type));
      return null;
    }
  }

  private static String options(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  private char single(String key, Object value, char fallback) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return fallback;
    }
    String t = text.get().equals("\\t") ? "\t" : text.get();
    if (t.length() != 1) {
      problem(key, "'" + t + "' must be one character");
      return fallback;
    }
    return t.charAt(0);
  }

  private Map<String, String> strings(String key, Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problem(key, "must be a mapping");
      return out;
    }
    map.forEach(
        (k, v) -> {
          if (v == null || v instanceof Map<?, ?> || v instanceof List<?>) {
            problem(key + "." + k, "must be a single value");
          } else {
            out.put(String.valueOf(k), String.valueOf(v));
          }
        });
    return out;
  }

  private static Optional<String> text(Object value) {
    return value == null || String.valueOf(value).isBlank()
        ? Optional.empty()
        : Optional.of(String.valueOf(value));
  }

  private Map<?, ?> load(InputStream yaml) {
    try {
      Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
      if (document instanceof Map<?, ?> map) {
        return map;
      }
      problem("(file)", "must be a YAML mapping with subject, syntax and fields");
    } catch (YAMLException e) {
      problem("(file)", "is not valid YAML: " + e.getMessage().replace('\n', ' '));
    }
    return Map.of();
  }

  private void problem(String where, String what) {
    problems.add(source + ": " + where + ": " + what);
  }

  private static String sorted(Set<String> names) {
    return String.join(", ", names.stream().sorted().toList());
  }
}
