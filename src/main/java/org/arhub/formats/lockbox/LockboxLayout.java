package org.arhub.formats.lockbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where one bank writes the fields of a lockbox transmission: fixed columns or CSV, the record type
 * codes, and per record type the column(s) of each field. Layouts are data, one YAML file per bank
 * in {@code mappings/lockbox/} (shipped inside the jar), validated when loaded.
 */
public final class LockboxLayout {
  /** The layout of the BAI standard: {@code mappings/lockbox/bai-standard.yaml}. */
  public static final String STANDARD = "bai-standard";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static volatile LockboxLayout standard;

  /** How records are written. */
  public enum Syntax {
    FIXED,
    CSV
  }

  /**
   * Where a field sits in a record: fixed columns (1-based start, length) or a 1-based CSV column.
   */
  public sealed interface Location permits FixedColumns, CsvColumn {}

  public record FixedColumns(int start, int length) implements Location {
    int end() {
      return start + length - 1;
    }

    @Override
    public String toString() {
      return "columns " + start + "-" + end();
    }
  }

  public record CsvColumn(int column) implements Location {
    @Override
    public String toString() {
      return "column " + column;
    }
  }

  /**
   * One field of a record type: where it is, and whether the bank pads it with leading zeros that
   * mean nothing.
   */
  public record FieldLayout(
      LockboxRecordType.Field field, Location location, boolean stripLeadingZeros) {}

  /** One record type as this bank writes it. */
  public record RecordLayout(LockboxRecordType type, String code, Map<String, FieldLayout> fields) {
    public RecordLayout {
      fields = Map.copyOf(fields);
    }

    public Optional<FieldLayout> field(String name) {
      return Optional.ofNullable(fields.get(name));
    }
  }

  private final String name;
  private final Syntax syntax;
  private final int maxRecordLength;
  private final char delimiter;
  private final Location recordTypeLocation;
  private final String currency;
  private final OptionalInt impliedDecimals;
  private final String datePattern;
  private final String timePattern;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter timeFormat;
  private final Map<LockboxRecordType, RecordLayout> records;
  private final Map<String, RecordLayout> byCode = new LinkedHashMap<>();
  private final Set<LockboxRecordType> countedInTrailer;

  LockboxLayout(
      String name,
      Syntax syntax,
      int maxRecordLength,
      char delimiter,
      Location recordTypeLocation,
      String currency,
      OptionalInt impliedDecimals,
      String datePattern,
      String timePattern,
      List<RecordLayout> records,
      Set<LockboxRecordType> countedInTrailer) {
    this.name = name;
    this.syntax = syntax;
    this.maxRecordLength = maxRecordLength;
    this.delimiter = delimiter;
    this.recordTypeLocation = recordTypeLocation;
    this.currency = currency;
    this.impliedDecimals = impliedDecimals;
    this.datePattern = datePattern;
    this.timePattern = timePattern;
    this.dateFormat = formatter(datePattern);
    this.timeFormat = formatter(timePattern);
    this.records = new EnumMap<>(LockboxRecordType.class);
    for (RecordLayout record : records) {
      this.records.put(record.type(), record);
      this.byCode.put(record.code(), record);
    }
    this.countedInTrailer =
        countedInTrailer.isEmpty()
            ? EnumSet.noneOf(LockboxRecordType.class)
            : EnumSet.copyOf(countedInTrailer);
  }

  /** The BAI standard layout. */
  public static LockboxLayout standard() {
    LockboxLayout layout = standard;
    if (layout == null) {
      layout = named(STANDARD);
      standard = layout;
    }
    return layout;
  }

  /**
   * Loads {@code mappings/lockbox/<name>.yaml} from the classpath.
   *
   * @throws InvalidLockboxLayoutException when there is no such layout or it is not valid, naming
   *     the file and the fields
   */
  public static LockboxLayout named(String name) {
    String resource = "mappings/lockbox/" + name + ".yaml";
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidLockboxLayoutException(
          resource, List.of("layout name must be lower-case letters, digits and dashes"));
    }
    try (InputStream in = LockboxLayout.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidLockboxLayoutException(
            resource, List.of("no such layout on the classpath"));
      }
      return parse(name, resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a layout from YAML; {@code source} names it in errors (the file path).
   *
   * @throws InvalidLockboxLayoutException listing every problem of the layout
   */
  public static LockboxLayout parse(String name, String source, InputStream yaml) {
    return LockboxLayoutYaml.read(name, source, yaml);
  }

  public String name() {
    return name;
  }

  public boolean isStandard() {
    return STANDARD.equals(name);
  }

  public Syntax syntax() {
    return syntax;
  }

  /** Fixed: the record length; CSV: the longest line accepted. */
  public int maxRecordLength() {
    return maxRecordLength;
  }

  public char delimiter() {
    return delimiter;
  }

  public Location recordTypeLocation() {
    return recordTypeLocation;
  }

  public String currency() {
    return currency;
  }

  /**
   * Implied decimals of amounts written as digits only; empty when amounts carry a decimal point.
   */
  public OptionalInt impliedDecimals() {
    return impliedDecimals;
  }

  /**
   * A strict formatter for a bank's date or time pattern ("yyMMdd"): STRICT rejects 31 February,
   * and wants 'u' (proleptic year) where banks' specs write 'y'.
   *
   * @throws IllegalArgumentException when the pattern is not valid
   */
  static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'))
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date pattern as the layout states it, for messages. */
  public String datePattern() {
    return datePattern;
  }

  public String timePattern() {
    return timePattern;
  }

  public DateTimeFormatter dateFormat() {
    return dateFormat;
  }

  public DateTimeFormatter timeFormat() {
    return timeFormat;
  }

  public Optional<RecordLayout> record(LockboxRecordType type) {
    return Optional.ofNullable(records.get(type));
  }

  public Optional<RecordLayout> recordByCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The record type codes this layout knows, in declaration order, for error messages. */
  public String knownCodes() {
    return String.join(", ", byCode.keySet());
  }

  /** Whether the destination trailer's record count includes records of this type. */
  public boolean countedInTrailer(LockboxRecordType type) {
    return countedInTrailer.contains(type);
  }

  /**
   * Whether the destination trailer counts every record (the standard), so unknown records count
   * too.
   */
  public boolean countsEveryRecord() {
    return countedInTrailer.size() == LockboxRecordType.values().length;
  }

  /**
   * What the trailer counts, for messages: "" when every record, else e.g. " detailHeader, detail
   * records".
   */
  String countedInTrailerDescription() {
    if (countsEveryRecord()) {
      return "";
    }
    return " "
        + String.join(", ", countedInTrailer.stream().map(LockboxRecordType::key).toList())
        + " records";
  }

  @Override
  public String toString() {
    return "lockbox layout " + name;
  }
}
