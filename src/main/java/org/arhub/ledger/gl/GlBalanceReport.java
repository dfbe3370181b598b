package org.arhub.ledger.gl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arhub.formats.ledger.Csv;

/**
 * Reads the GL's balance report (CSV, columns named in mappings/ledger/gl-export.yaml). Every bad
 * row is reported at once with the file name, line number and column; an account listed twice for
 * one currency and period is an error too, since the report could then mean either figure.
 */
public final class GlBalanceReport {
  private GlBalanceReport() {}

  public static List<GlBalance> read(String csv, String name, GlMapping.BalanceColumns columns) {
    String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new IllegalArgumentException(name + ": empty, expected a header row");
    }
    List<String> header = Csv.fields(lines[0]).stream().map(String::trim).toList();
    List<String> wanted =
        List.of(columns.account(), columns.currency(), columns.period(), columns.balance());
    List<String> missing = wanted.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          name + " line 1: missing column(s) " + missing + " (has " + header + ")");
    }
    int account = header.indexOf(columns.account());
    int currency = header.indexOf(columns.currency());
    int period = header.indexOf(columns.period());
    int balance = header.indexOf(columns.balance());
    List<GlBalance> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = "line " + (i + 1);
      List<String> f = Csv.fields(lines[i]);
      if (f.size() < header.size()) {
        problems.add(where + ": " + f.size() + " fields, expected " + header.size());
        continue;
      }
      String a = f.get(account).trim();
      String c = f.get(currency).trim();
      String p = f.get(period).trim();
      String b = f.get(balance).trim();
      if (a.isEmpty()) {
        problems.add(where + ": column " + columns.account() + " is empty");
        continue;
      }
      if (!c.matches("[A-Z]{3}")) {
        problems.add(where + ": column " + columns.currency() + " '" + c + "' is not a currency");
        continue;
      }
      try {
        AccountingPeriod.parse(p);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": column " + columns.period() + ": " + e.getMessage());
        continue;
      }
      BigDecimal amount;
      try {
        amount = new BigDecimal(b);
      } catch (NumberFormatException e) {
        problems.add(where + ": column " + columns.balance() + " '" + b + "' is not an amount");
        continue;
      }
      if (!seen.add(a + "|" + c + "|" + p)) {
        problems.add(where + ": account " + a + " " + c + " " + p + " is listed twice");
        continue;
      }
      rows.add(new GlBalance(a, c, p, amount));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return rows;
  }
}
