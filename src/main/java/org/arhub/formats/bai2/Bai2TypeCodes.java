package org.arhub.formats.bai2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.arhub.formats.bai2.Bai2TypeCode.Level;
import org.arhub.formats.bai2.Bai2TypeCode.Transaction;

/**
 * The type codes a reader knows: the standard table ({@code mappings/bai2/type-codes.csv}, BAI2 v2
 * Appendix A) plus a bank's own, and for codes in neither the spec's ranges (001-099 status,
 * 100-399 credit, 400-699 debit, 900-919 custom status, 920-959 custom credit, 960-999 custom
 * debit). Immutable; lookups are an array index.
 */
public final class Bai2TypeCodes {
  /** The classpath resource the build copies from the top-level {@code mappings/} folder. */
  public static final String STANDARD_RESOURCE = "mappings/bai2/type-codes.csv";

  private static volatile Bai2TypeCodes standard;

  private final Bai2TypeCode[] byCode;

  private Bai2TypeCodes(Bai2TypeCode[] byCode) {
    this.byCode = byCode;
  }

  /** The standard table, read once from the classpath and checked as it is read. */
  public static Bai2TypeCodes standard() {
    Bai2TypeCodes codes = standard;
    if (codes == null) {
      InputStream in = Bai2TypeCodes.class.getClassLoader().getResourceAsStream(STANDARD_RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "BAI2 type-code table " + STANDARD_RESOURCE + " is not on the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        codes = ranges().withCsv(STANDARD_RESOURCE, reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
      }
      standard = codes;
    }
    return codes;
  }

  /** Only the spec's ranges, no named codes: the base the standard table is laid over. */
  static Bai2TypeCodes ranges() {
    Bai2TypeCode[] codes = new Bai2TypeCode[1000];
    for (int n = 1; n < 1000; n++) {
      codes[n] = rangeCode(n);
    }
    return new Bai2TypeCodes(codes);
  }

  /** These codes plus (and overriding) a bank's own, keyed by code. */
  public Bai2TypeCodes with(Map<String, Bai2TypeCode> bankSpecific) {
    Bai2TypeCode[] codes = byCode.clone();
    bankSpecific.forEach(
        (key, code) -> {
          if (!key.equals(code.code())) {
            throw new IllegalArgumentException(
                "type code " + code.code() + " is filed under key '" + key + "'");
          }
          codes[index(code.code())] = code;
        });
    return new Bai2TypeCodes(codes);
  }

  /** These codes plus (and overriding) a bank's own table in the shape of the standard CSV. */
  public Bai2TypeCodes withCsv(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return withCsv(csv.toString(), reader);
    }
  }

  /**
   * Reads {@code code,transaction,level,description} lines ({@code #} comments and the header line
   * skipped); a malformed line fails with its source and line number, so a bad table stops
   * start-up.
   */
  public Bai2TypeCodes withCsv(String source, Reader csv) throws IOException {
    Bai2TypeCode[] codes = byCode.clone();
    BufferedReader lines = new BufferedReader(csv);
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
        continue;
      }
      String[] columns = line.split(",", 4);
      try {
        if (columns.length != 4 || columns[3].isBlank()) {
          throw new IllegalArgumentException("expected code,transaction,level,description");
        }
        Bai2TypeCode code =
            new Bai2TypeCode(
                columns[0].trim(),
                Transaction.parse(columns[1]),
                Level.parse(columns[2]),
                columns[3].trim());
        codes[index(code.code())] = code;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source + " line " + lineNumber + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return new Bai2TypeCodes(codes);
  }

  /**
   * The code's entry, from the tables or the spec's ranges; empty for codes BAI2 does not define.
   */
  public Optional<Bai2TypeCode> find(String code) {
    if (code == null || code.length() != 3) {
      return Optional.empty();
    }
    int n = index(code.charAt(0), code.charAt(1), code.charAt(2));
    return n < 0 ? Optional.empty() : Optional.ofNullable(byCode[n]);
  }

  /** Hot-path lookup straight from three characters; null when unknown or not three digits. */
  Bai2TypeCode find(char c0, char c1, char c2) {
    int n = index(c0, c1, c2);
    return n < 0 ? null : byCode[n];
  }

  private static int index(String code) {
    return index(code.charAt(0), code.charAt(1), code.charAt(2));
  }

  private static int index(char c0, char c1, char c2) {
    if (c0 < '0' || c0 > '9' || c1 < '0' || c1 > '9' || c2 < '0' || c2 > '9') {
      return -1;
    }
    return (c0 - '0') * 100 + (c1 - '0') * 10 + (c2 - '0');
  }

  private static Bai2TypeCode rangeCode(int n) {
    String code = String.format("%03d", n);
    if (n <= 99) {
      return new Bai2TypeCode(
          code, Transaction.NONE, Level.STATUS, "Account status (not in the standard table)");
    } else if (n <= 399) {
      return new Bai2TypeCode(
          code, Transaction.CREDIT, Level.BOTH, "Credit (not in the standard table)");
    } else if (n <= 699) {
      return new Bai2TypeCode(
          code, Transaction.DEBIT, Level.BOTH, "Debit (not in the standard table)");
    } else if (n >= 900 && n <= 919) {
      return new Bai2TypeCode(code, Transaction.NONE, Level.STATUS, "Custom account status");
    } else if (n >= 920 && n <= 959) {
      return new Bai2TypeCode(code, Transaction.CREDIT, Level.BOTH, "Custom credit");
    } else if (n >= 960) {
      return new Bai2TypeCode(code, Transaction.DEBIT, Level.BOTH, "Custom debit");
    }
    // 700-799 (loans) and 800-899 are only what the table names.
    return null;
  }
}
