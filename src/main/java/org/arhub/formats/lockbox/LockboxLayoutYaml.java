package org.arhub.formats.lockbox;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.arhub.formats.lockbox.LockboxLayout.CsvColumn;
import org.arhub.formats.lockbox.LockboxLayout.FixedColumns;
import org.arhub.formats.lockbox.LockboxLayout.Location;
import org.arhub.formats.lockbox.LockboxLayout.RecordLayout;
import org.arhub.formats.lockbox.LockboxLayout.Syntax;
import org.arhub.model.Money;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a lockbox layout YAML and checks it before any file is read with it: every required record
 * type and field declared, columns inside the record and not overlapping, codes unique, formats
 * valid. All problems are collected, each named by its path in the YAML.
 */
final class LockboxLayoutYaml {
  private static final Set<String> SETTINGS =
      Set.of(
          "description",
          "syntax",
          "recordLength",
          "maxRecordLength",
          "delimiter",
          "recordType",
          "currency",
          "amountDecimals",
          "dateFormat",
          "timeFormat",
          "records");
  private static final int DEFAULT_MAX_CSV_RECORD = 1000;

  private final String source;
  private final List<String> problems = new ArrayList<>();
  private Syntax syntax;
  private int recordLength;

  private LockboxLayoutYaml(String source) {
    this.source = source;
  }

  static LockboxLayout read(String name, String source, InputStream yaml) {
    return new LockboxLayoutYaml(source).layout(name, yaml);
  }

  private LockboxLayout layout(String name, InputStream yaml) {
    Map<?, ?> root = load(yaml);
    for (Object key : root.keySet()) {
      if (!SETTINGS.contains(String.valueOf(key))) {
        problem(
            String.valueOf(key),
            "unknown setting (known: "
                + String.join(", ", SETTINGS.stream().sorted().toList())
                + ")");
      }
    }
    syntax = syntax(root.get("syntax"));
    int maxRecordLength = recordLengths(root);
    char delimiter = delimiter(root.get("delimiter"));
    Location recordType = location("recordType", root.get("recordType"));
    String currency = currency(root.get("currency"));
    OptionalInt impliedDecimals = amountDecimals(root.get("amountDecimals"), currency);
    String datePattern =
        pattern(
            "dateFormat",
            root.get("dateFormat"),
            "yyMMdd",
            LocalDate.of(2026, 11, 20),
            LocalDate::from);
    String timePattern =
        pattern("timeFormat", root.get("timeFormat"), "HHmm", LocalTime.of(5, 30), LocalTime::from);
    Set<LockboxRecordType> counted = EnumSet.allOf(LockboxRecordType.class);
    List<RecordLayout> records = records(root.get("records"), recordType, counted);
    if (!problems.isEmpty()) {
      throw new InvalidLockboxLayoutException(source, problems);
    }
    return new LockboxLayout(
        name,
        syntax,
        maxRecordLength,
        delimiter,
        recordType,
        currency,
        impliedDecimals,
        datePattern,
        timePattern,
        records,
        counted);
  }

  private Map<?, ?> load(InputStream yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      Object root = new Yaml(new SafeConstructor(options)).load(yaml);
      if (root instanceof Map<?, ?> map) {
        return map;
      }
      throw new InvalidLockboxLayoutException(
          source, List.of("(file): must be a YAML mapping of settings"));
    } catch (YAMLException e) {
      throw new InvalidLockboxLayoutException(
          source, List.of("(file): not valid YAML: " + e.getMessage().replace('\n', ' ')));
    }
  }

  private Syntax syntax(Object value) {
    if ("fixed".equals(value)) {
      return Syntax.FIXED;
    }
    if ("csv".equals(value)) {
      return Syntax.CSV;
    }
    problem(
        "syntax",
        value == null ? "is required (fixed or csv)" : "'" + value + "' is not fixed or csv");
    return Syntax.FIXED;
  }

  private int recordLengths(Map<?, ?> root) {
    if (syntax == Syntax.FIXED) {
      if (root.containsKey("maxRecordLength")) {
        problem("maxRecordLength", "is for csv layouts; a fixed layout states recordLength");
      }
      recordLength = integer("recordLength", root.get("recordLength"), 1, 10_000).orElse(0);
      if (!root.containsKey("recordLength")) {
        problem("recordLength", "is required for a fixed layout");
      }
      return Math.max(recordLength, 1);
    }
    if (root.containsKey("recordLength")) {
      problem("recordLength", "is for fixed layouts; a csv layout may state maxRecordLength");
    }
    Object max = root.get("maxRecordLength");
    return max == null
        ? DEFAULT_MAX_CSV_RECORD
        : integer("maxRecordLength", max, 10, 100_000).orElse(DEFAULT_MAX_CSV_RECORD);
  }

  private char delimiter(Object value) {
    if (value == null) {
      return ',';
    }
    if (syntax == Syntax.FIXED) {
      problem("delimiter", "is for csv layouts");
    } else if (!(value instanceof String s) || s.length() != 1 || s.charAt(0) == '"') {
      problem("delimiter", "must be one character other than '\"'");
    } else {
      return s.charAt(0);
    }
    return ',';
  }

  private String currency(Object value) {
    String currency = value == null ? "USD" : String.valueOf(value);
    try {
      Money.scale(currency);
      return currency;
    } catch (IllegalArgumentException e) {
      problem("currency", e.getMessage());
      return "USD";
    }
  }

  private OptionalInt amountDecimals(Object value, String currency) {
    if ("point".equals(value)) {
      return OptionalInt.empty();
    }
    if (value == null) {
      problem(
          "amountDecimals",
          "is required: the implied decimals of digit-only amounts, or 'point' for amounts written with a decimal point");
      return OptionalInt.of(2);
    }
    Optional<Integer> decimals = integer("amountDecimals", value, 0, Money.scale(currency));
    return decimals.map(OptionalInt::of).orElse(OptionalInt.of(2));
  }

  /** A pattern must compile and read back what it writes: "HHmm" as a date pattern would not. */
  private String pattern(
      String key, Object value, String fallback, TemporalAccessor sample, TemporalQuery<?> kind) {
    String pattern = value == null ? fallback : String.valueOf(value);
    try {
      DateTimeFormatter formatter = LockboxLayout.formatter(pattern);
      if (!formatter.parse(formatter.format(sample), kind).equals(sample)) {
        throw new DateTimeException("does not read back " + sample);
      }
      return pattern;
    } catch (DateTimeException | IllegalArgumentException e) {
      problem(
          key,
          "'"
              + pattern
              + "' is not a pattern for a "
              + (sample instanceof LocalDate ? "date" : "time")
              + ": "
              + e.getMessage());
      return fallback;
    }
  }

  private List<RecordLayout> records(
      Object value, Location recordType, Set<LockboxRecordType> counted) {
    List<RecordLayout> records = new ArrayList<>();
    if (!(value instanceof Map<?, ?> map)) {
      problem("records", value == null ? "is required" : "must be a mapping of record types");
      return records;
    }
    Map<String, String> codes = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      String path = "records." + key;
      Optional<LockboxRecordType> type = LockboxRecordType.byKey(key);
      if (type.isEmpty()) {
        problem(
            path,
            "unknown record type '"
                + key
                + "' (known: "
                + Arrays.stream(LockboxRecordType.values())
                    .map(LockboxRecordType::key)
                    .collect(Collectors.joining(", "))
                + ")");
        continue;
      }
      new LockboxRecordLayoutYaml(this, path, type.get(), recordType)
          .read(entry.getValue(), codes, counted)
          .ifPresent(records::add);
    }
    for (LockboxRecordType type : LockboxRecordType.values()) {
      if (type.required() && !map.containsKey(type.key())) {
        problem(
            "records." + type.key(),
            "is required (record type " + type.standardCode() + ", " + type.recordName() + ")");
      }
    }
    return records;
  }

  /** Where a field is, or null when its placement is not valid (the problem is reported). */
  Location location(String path, Object value) {
    int before = problems.size();
    if (!(value instanceof Map<?, ?> map)) {
      problem(
          path,
          value == null
              ? "is required"
              : "must be a mapping with " + (syntax == Syntax.CSV ? "column" : "start and length"));
      return null;
    }
    Location location;
    if (syntax == Syntax.CSV) {
      if (map.containsKey("start") || map.containsKey("length")) {
        problem(path, "a csv layout places fields by column, not start/length");
      }
      if (!map.containsKey("column")) {
        problem(path + ".column", "is required");
      }
      location = new CsvColumn(integer(path + ".column", map.get("column"), 1, 1000).orElse(1));
    } else {
      if (map.containsKey("column")) {
        problem(path, "a fixed layout places fields by start and length, not column");
      }
      for (String key : List.of("start", "length")) {
        if (!map.containsKey(key)) {
          problem(path + "." + key, "is required");
        }
      }
      FixedColumns columns =
          new FixedColumns(
              integer(path + ".start", map.get("start"), 1, 10_000).orElse(1),
              integer(path + ".length", map.get("length"), 1, 10_000).orElse(1));
      if (recordLength > 0 && columns.end() > recordLength) {
        problem(path, columns + " run past the record length " + recordLength);
      }
      location = columns;
    }
    return problems.size() == before ? location : null;
  }

  Optional<Integer> integer(String path, Object value, int min, int max) {
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Integer number)) {
      problem(path, "'" + value + "' is not a whole number");
      return Optional.empty();
    }
    if (number < min || number > max) {
      problem(path, number + " is out of range (" + min + "-" + max + ")");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  Syntax syntax() {
    return syntax;
  }

  void problem(String path, String problem) {
    problems.add(path + ": " + problem);
  }
}
