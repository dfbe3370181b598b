package org.arhub.formats.lockbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arhub.formats.lockbox.LockboxLayout.CsvColumn;
import org.arhub.formats.lockbox.LockboxLayout.FieldLayout;
import org.arhub.formats.lockbox.LockboxLayout.FixedColumns;
import org.arhub.formats.lockbox.LockboxLayout.Location;
import org.arhub.formats.lockbox.LockboxLayout.RecordLayout;

/**
 * Reads and checks one record type of a layout YAML: {@code records.<type>: { code, fields, ... }}.
 */
final class LockboxRecordLayoutYaml {
  private static final Set<String> RECORD_SETTINGS = Set.of("code", "fields", "countedRecords");
  private static final Set<String> FIELD_SETTINGS =
      Set.of("start", "length", "column", "stripLeadingZeros");

  private final LockboxLayoutYaml layout;
  private final String path;
  private final LockboxRecordType type;
  private final Location recordType;

  LockboxRecordLayoutYaml(
      LockboxLayoutYaml layout, String path, LockboxRecordType type, Location recordType) {
    this.layout = layout;
    this.path = path;
    this.type = type;
    this.recordType = recordType;
  }

  Optional<RecordLayout> read(
      Object value, Map<String, String> codes, Set<LockboxRecordType> counted) {
    if (!(value instanceof Map<?, ?> map)) {
      layout.problem(path, "must be a mapping with code and fields");
      return Optional.empty();
    }
    for (Object key : map.keySet()) {
      if (!RECORD_SETTINGS.contains(String.valueOf(key))
          || ("countedRecords".equals(key) && type != LockboxRecordType.DESTINATION_TRAILER)) {
        layout.problem(
            path + "." + key,
            "unknown setting (known: code, fields"
                + (type == LockboxRecordType.DESTINATION_TRAILER ? ", countedRecords" : "")
                + ")");
      }
    }
    String code = code(map.get("code"), codes);
    Map<String, FieldLayout> fields = fields(map.get("fields"));
    if (map.containsKey("countedRecords")) {
      countedRecords(map.get("countedRecords"), counted);
    }
    return Optional.of(new RecordLayout(type, code, fields));
  }

  private String code(Object value, Map<String, String> codes) {
    if (!(value instanceof String) && !(value instanceof Integer)) {
      layout.problem(
          path + ".code",
          value == null
              ? "is required (the record type code, " + type.standardCode() + " in the standard)"
              : "must be a short text");
      return type.standardCode();
    }
    String code = String.valueOf(value);
    if (recordType instanceof FixedColumns columns && code.length() != columns.length()) {
      layout.problem(path + ".code", "'" + code + "' does not fill the record type's " + columns);
    }
    if (code.isBlank()) {
      layout.problem(path + ".code", "must not be blank");
    }
    String other = codes.putIfAbsent(code, type.key());
    if (other != null) {
      layout.problem(path + ".code", "'" + code + "' is also the code of " + other);
    }
    return code;
  }

  private Map<String, FieldLayout> fields(Object value) {
    Map<String, FieldLayout> fields = new LinkedHashMap<>();
    if (value != null && !(value instanceof Map)) {
      layout.problem(path + ".fields", "must be a mapping of field names to columns");
      return fields;
    }
    Map<?, ?> map = value == null ? Map.of() : (Map<?, ?>) value;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      String fieldPath = path + ".fields." + name;
      LockboxRecordType.Field field = type.fields().get(name);
      if (field == null) {
        layout.problem(
            fieldPath,
            "unknown field '"
                + name
                + "' for "
                + type.key()
                + " (known: "
                + String.join(", ", type.fields().keySet())
                + ")");
        continue;
      }
      fields.put(name, field(fieldPath, field, entry.getValue()));
    }
    for (LockboxRecordType.Field field : type.fields().values()) {
      if (field.required() && !fields.containsKey(field.name()) && !map.containsKey(field.name())) {
        layout.problem(
            path + ".fields." + field.name(),
            "is required (" + type.recordName() + " " + field.name() + ")");
      }
    }
    checkPlacement(fields);
    return fields;
  }

  private FieldLayout field(String fieldPath, LockboxRecordType.Field field, Object value) {
    boolean strip = false;
    if (value instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        if (!FIELD_SETTINGS.contains(String.valueOf(key))) {
          layout.problem(
              fieldPath + "." + key,
              "unknown setting (known: start, length, column, stripLeadingZeros)");
        }
      }
      Object stripValue = map.get("stripLeadingZeros");
      if (stripValue != null && !(stripValue instanceof Boolean)) {
        layout.problem(fieldPath + ".stripLeadingZeros", "must be true or false");
      } else if (Boolean.TRUE.equals(stripValue)
          && field.kind() != LockboxRecordType.ValueKind.TEXT) {
        layout.problem(
            fieldPath + ".stripLeadingZeros",
            "only applies to text fields; " + field.name() + " is read as a number");
      } else {
        strip = Boolean.TRUE.equals(stripValue);
      }
    }
    return new FieldLayout(field, layout.location(fieldPath, value), strip);
  }

  /** Fields must not share columns with each other or with the record type code. */
  private void checkPlacement(Map<String, FieldLayout> fields) {
    List<Map.Entry<String, Location>> placed = new ArrayList<>();
    if (recordType != null) {
      placed.add(Map.entry("the record type", recordType));
    }
    for (Map.Entry<String, FieldLayout> entry : fields.entrySet()) {
      Location location = entry.getValue().location();
      if (location == null) {
        continue;
      }
      for (Map.Entry<String, Location> other : placed) {
        if (overlap(location, other.getValue())) {
          layout.problem(
              path + ".fields." + entry.getKey(),
              location + " overlap " + other.getKey() + " (" + other.getValue() + ")");
        }
      }
      placed.add(Map.entry(entry.getKey(), location));
    }
  }

  private static boolean overlap(Location a, Location b) {
    if (a instanceof FixedColumns x && b instanceof FixedColumns y) {
      return x.start() <= y.end() && y.start() <= x.end();
    }
    return a instanceof CsvColumn x && b instanceof CsvColumn y && x.column() == y.column();
  }

  private void countedRecords(Object value, Set<LockboxRecordType> counted) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      layout.problem(
          path + ".countedRecords",
          "must be a list of record types, e.g. [detailHeader, detail, overflow, batchTotal]");
      return;
    }
    Set<LockboxRecordType> types = EnumSet.noneOf(LockboxRecordType.class);
    for (Object item : list) {
      Optional<LockboxRecordType> type = LockboxRecordType.byKey(String.valueOf(item));
      if (type.isEmpty()) {
        layout.problem(path + ".countedRecords", "unknown record type '" + item + "'");
      } else {
        types.add(type.get());
      }
    }
    counted.clear();
    counted.addAll(types);
  }
}
