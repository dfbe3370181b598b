package org.arhub.ledger.gl;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the GL exchanges with the hub, as declared in mappings/ledger/gl-export.yaml: the columns of
 * the journal export (name in the file, field of the journal line) and of the GL balance report
 * read back for reconciliation.
 */
public record GlMapping(
    List<Column> exportColumns, BalanceColumns balanceColumns, BalanceKind kind) {
  public static final String FILE = "mappings/ledger/gl-export.yaml";

  /** The journal-line fields an export column can carry. */
  public enum Field {
    BATCH_ID,
    COMPANY,
    PERIOD,
    ENTRY_ID,
    POSTING_ID,
    ENTRY_DATE,
    EVENT_DATE,
    DESCRIPTION,
    SOURCE,
    SOURCE_REF,
    LINE_ID,
    ACCOUNT,
    DEBIT,
    CREDIT,
    CURRENCY,
    MEMO;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public record Column(String name, Field field) {}

  /** The header names of the balance report's four columns. */
  public record BalanceColumns(String account, String currency, String period, String balance) {}

  /**
   * MOVEMENT: each row is the period's net debit minus credit; CLOSING: the account's balance at
   * the period's end.
   */
  public enum BalanceKind {
    MOVEMENT,
    CLOSING
  }

  public GlMapping {
    exportColumns = List.copyOf(exportColumns);
  }

  public static GlMapping standard() {
    try (InputStream in = GlMapping.class.getResourceAsStream("/" + FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the class path");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FILE + ": " + e.getMessage(), e);
    }
  }

  /** Reads and validates the mapping; every problem is reported at once, naming file and key. */
  public static GlMapping read(String yaml, String name) {
    Object root;
    try (Reader reader = new StringReader(yaml)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(name + ": expected export and balance_file");
    }
    List<Column> columns = new ArrayList<>();
    if (!(map.get("export") instanceof Map<?, ?> export)
        || !(export.get("columns") instanceof List<?> list)
        || list.isEmpty()) {
      problems.add("export.columns: expected a list of {name, field}");
    } else {
      for (int i = 0; i < list.size(); i++) {
        String where = "export.columns[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> c)
            || c.get("name") == null
            || c.get("field") == null) {
          problems.add(where + ": expected name and field");
          continue;
        }
        String field = String.valueOf(c.get("field"));
        Arrays.stream(Field.values())
            .filter(f -> f.key().equals(field))
            .findFirst()
            .ifPresentOrElse(
                f -> columns.add(new Column(String.valueOf(c.get("name")), f)),
                () ->
                    problems.add(
                        where
                            + ".field: unknown field '"
                            + field
                            + "' (known: "
                            + Arrays.stream(Field.values()).map(Field::key).toList()
                            + ")"));
      }
      Set<Field> present = Set.copyOf(columns.stream().map(Column::field).toList());
      for (Field required : List.of(Field.BATCH_ID, Field.LINE_ID, Field.ACCOUNT, Field.CURRENCY)) {
        if (!present.contains(required)) {
          problems.add("export.columns: no column carries " + required.key());
        }
      }
    }
    BalanceColumns balance = null;
    BalanceKind kind = BalanceKind.MOVEMENT;
    if (!(map.get("balance_file") instanceof Map<?, ?> file)
        || !(file.get("columns") instanceof Map<?, ?> c)) {
      problems.add("balance_file.columns: expected account, currency, period and balance");
    } else {
      List<String> names = new ArrayList<>();
      for (String key : List.of("account", "currency", "period", "balance")) {
        Object value = c.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
          problems.add("balance_file.columns." + key + ": missing");
        }
        names.add(String.valueOf(value));
      }
      balance = new BalanceColumns(names.get(0), names.get(1), names.get(2), names.get(3));
      String k = file.get("kind") == null ? "movement" : String.valueOf(file.get("kind"));
      try {
        kind = BalanceKind.valueOf(k.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("balance_file.kind: '" + k + "' is neither movement nor closing");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return new GlMapping(columns, balance, kind);
  }
}
