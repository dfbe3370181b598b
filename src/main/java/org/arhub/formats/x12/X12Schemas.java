package org.arhub.formats.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The StAEDI schemas of mappings/x12 (data, not code): the envelope, and per transaction set the
 * schema {@code schemas.csv} names. All are loaded at once, so a broken schema fails at start-up
 * with its file name.
 */
public final class X12Schemas {
  static final String FOLDER = "mappings/x12/";
  private static volatile X12Schemas standard;

  private final Schema envelope;
  private final List<Choice> choices;

  private record Choice(String transaction, String versionPrefix, Schema schema) {
    boolean matches(String type, String version) {
      return transaction.equals(type)
          && (versionPrefix.equals("*") || version.startsWith(versionPrefix));
    }
  }

  private X12Schemas(ClassLoader loader) {
    Map<String, Schema> loaded = new HashMap<>();
    this.envelope = load(loader, "envelope.xml", loaded);
    this.choices = new ArrayList<>();
    for (String[] row : index(loader)) {
      choices.add(new Choice(row[0], row[1], load(loader, row[2], loaded)));
    }
  }

  /** The schemas shipped in mappings/x12, loaded once. */
  public static X12Schemas standard() {
    X12Schemas s = standard;
    if (s == null) {
      synchronized (X12Schemas.class) {
        s = standard;
        if (s == null) {
          s = new X12Schemas(X12Schemas.class.getClassLoader());
          standard = s;
        }
      }
    }
    return s;
  }

  /** The control schema StAEDI reads every interchange with. */
  Schema envelope() {
    return envelope;
  }

  /** The schema of a transaction set type in a group version (GS08), if arhub has one. */
  public Optional<Schema> transaction(String type, String version) {
    return choices.stream().filter(c -> c.matches(type, version)).map(Choice::schema).findFirst();
  }

  private static Schema load(ClassLoader loader, String file, Map<String, Schema> loaded) {
    Schema known = loaded.get(file);
    if (known != null) {
      return known;
    }
    URL url = loader.getResource(FOLDER + file);
    if (url == null) {
      throw new IllegalStateException(FOLDER + file + ": X12 schema not found on the classpath");
    }
    try {
      Schema schema = SchemaFactory.newFactory().createSchema(url);
      loaded.put(file, schema);
      return schema;
    } catch (EDISchemaException e) {
      throw new IllegalStateException(
          FOLDER + file + ": not a valid StAEDI schema: " + e.getMessage(), e);
    }
  }

  private static List<String[]> index(ClassLoader loader) {
    String file = FOLDER + "schemas.csv";
    List<String[]> rows = new ArrayList<>();
    for (X12CodeTable.Line line : X12CodeTable.lines(X12CodeTable.open(loader, file))) {
      if (line.text().startsWith("transaction,")) {
        continue;
      }
      String[] row = line.text().split(",", -1);
      if (row.length != 3 || row[0].isBlank() || row[2].isBlank()) {
        throw new IllegalStateException(
            file + " line " + line.number() + ": expected transaction,version_prefix,schema");
      }
      rows.add(
          new String[] {row[0].strip(), row[1].isBlank() ? "*" : row[1].strip(), row[2].strip()});
    }
    return rows;
  }
}
