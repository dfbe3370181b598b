package org.arhub.formats.x12;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hub's one taxonomy of adjustment reasons (mappings/reason-codes.csv): a code of a source code
 * list (x12 for X12 data element 426, carc for Claim Adjustment Reason Codes, ...) to a category
 * the cash application understands. Loaded and checked at start-up; an unknown code is "other".
 */
public final class ReasonCodes {
  public static final String OTHER = "other";
  static final Set<String> CATEGORIES =
      Set.of(
          "discount",
          "pricing",
          "freight",
          "damage",
          "quality",
          "short_shipment",
          "returns",
          "promotion",
          "tax",
          "charge",
          "credit",
          "billing_error",
          OTHER);
  private static final String FILE = "mappings/reason-codes.csv";
  private static volatile ReasonCodes standard;

  private record Entry(String category, String description) {}

  private final Map<String, Entry> entries;

  private ReasonCodes(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  public static ReasonCodes standard() {
    ReasonCodes codes = standard;
    if (codes == null) {
      synchronized (ReasonCodes.class) {
        codes = standard;
        if (codes == null) {
          codes = read(X12CodeTable.open(ReasonCodes.class.getClassLoader(), FILE), FILE);
          standard = codes;
        }
      }
    }
    return codes;
  }

  static ReasonCodes read(InputStream in, String name) {
    Map<String, Entry> entries = new HashMap<>();
    for (X12CodeTable.Line line : X12CodeTable.lines(in)) {
      if (line.text().startsWith("source,")) {
        continue;
      }
      int number = line.number();
      String[] f = line.text().split(",", 4);
      if (f.length < 3 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalStateException(
            name + " line " + number + ": expected source,code,category,description");
      }
      String category = f[2].strip();
      if (!CATEGORIES.contains(category)) {
        throw new IllegalStateException(
            name
                + " line "
                + number
                + ": unknown category '"
                + category
                + "' (known: "
                + String.join(", ", CATEGORIES.stream().sorted().toList())
                + ")");
      }
      String description = f.length > 3 ? f[3].strip().replaceAll("^\"|\"$", "") : "";
      if (entries.put(key(f[0].strip(), f[1].strip()), new Entry(category, description)) != null) {
        throw new IllegalStateException(
            name + " line " + number + ": " + f[0] + " code " + f[1] + " is listed twice");
      }
    }
    return new ReasonCodes(entries);
  }

  /** The category of a reason code of a source list; "other" when the code is not listed. */
  public String category(String source, String code) {
    Entry e = entries.get(key(source, code.strip()));
    return e == null ? OTHER : e.category();
  }

  public Optional<String> description(String source, String code) {
    return Optional.ofNullable(entries.get(key(source, code.strip()))).map(Entry::description);
  }

  private static String key(String source, String code) {
    return source + "\u0000" + code;
  }
}
