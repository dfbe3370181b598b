package org.arhub.cashapp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.arhub.cashapp.bench.Score.Figure;
import org.arhub.cashapp.bench.Score.Measure;
import org.arhub.cashapp.bench.Score.Tally;
import org.arhub.formats.ledger.Csv;

/**
 * Scores the {@code apply} command's applications.csv and unapplied.csv against truth.csv.
 * Applications are summed by payment and invoice; one is correct when an APPLY row has that
 * payment, invoice and amount, and misapplied (at the amount applied) otherwise. An APPLY row
 * nothing was applied to is an exception left to a person. An unapplied row with reason ON_ACCOUNT
 * (or an application without invoice) is money put on account. Columns are found by name, so extra
 * columns do not matter.
 */
public final class CashApplicationScorer {
  private static final String UNKNOWN = "(not in truth)";

  private final Map<String, Map<Measure, Figure>> overall = new HashMap<>();
  private final Map<String, Map<Measure, Figure>> byComplication = new TreeMap<>();
  private final Map<String, Map<Measure, Figure>> byFormat = new TreeMap<>();
  private final Map<String, String[]> slices = new HashMap<>();

  private CashApplicationScorer() {}

  /** Scores the run whose outputs are in {@code outDir}. */
  public static Score score(Path truth, Path outDir) throws IOException {
    return score(truth, outDir.resolve("applications.csv"), outDir.resolve("unapplied.csv"));
  }

  public static Score score(Path truth, Path applications, Path unapplied) throws IOException {
    return new CashApplicationScorer().run(read(truth), read(applications), read(unapplied));
  }

  private Score run(
      List<Map<String, String>> truth,
      List<Map<String, String>> applications,
      List<Map<String, String>> unapplied) {
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    Map<String, BigDecimal> expectedOnAccount = new HashMap<>();
    Map<String, Boolean> exceptionPayments = new LinkedHashMap<>();
    Map<String, BigDecimal> exceptionAmounts = new HashMap<>();
    for (Map<String, String> row : truth) {
      String payment = row.get("payment_id");
      slices.putIfAbsent(payment, new String[] {row.get("complication"), row.get("format")});
      BigDecimal amount = new BigDecimal(row.get("amount"));
      switch (row.get("outcome")) {
        case "APPLY" ->
            expected.merge(key(payment, row.get("invoice_number")), amount, BigDecimal::add);
        case "ON_ACCOUNT" -> expectedOnAccount.merge(payment, amount, BigDecimal::add);
        case "EXCEPTION" -> {
          exceptionPayments.put(payment, true);
          exceptionAmounts.merge(payment, amount, BigDecimal::add);
        }
        default -> {
          // DISPUTE rows are informational
        }
      }
    }
    Map<String, BigDecimal> applied = new LinkedHashMap<>();
    Map<String, BigDecimal> onAccount = new LinkedHashMap<>();
    for (Map<String, String> row : applications) {
      BigDecimal amount = new BigDecimal(row.get("amount"));
      String invoice = row.getOrDefault("invoice_number", "");
      if (invoice.isEmpty()) {
        onAccount.merge(row.get("payment_id"), amount, BigDecimal::add);
      } else {
        applied.merge(key(row.get("payment_id"), invoice), amount, BigDecimal::add);
      }
    }
    for (Map<String, String> row : unapplied) {
      if (row.getOrDefault("reason", "").toUpperCase(Locale.ROOT).contains("ACCOUNT")
          && !row.getOrDefault("customer_id", "").isEmpty()) {
        onAccount.merge(row.get("payment_id"), new BigDecimal(row.get("amount")), BigDecimal::add);
      }
    }
    Map<String, Boolean> touched = new HashMap<>();
    applied.keySet().forEach(k -> touched.put(paymentOf(k), true));
    onAccount.keySet().forEach(p -> touched.put(p, true));

    expected.forEach(
        (key, amount) -> {
          String payment = paymentOf(key);
          count(payment, Measure.EXPECTED, amount);
          BigDecimal got = applied.get(key);
          if (got == null) {
            count(payment, Measure.EXCEPTION, amount);
          } else if (got.compareTo(amount) == 0) {
            count(payment, Measure.CORRECT, amount);
          } else {
            count(payment, Measure.WRONG_AMOUNT, amount);
          }
        });
    applied.forEach(
        (key, amount) -> {
          String payment = paymentOf(key);
          count(payment, Measure.APPLIED, amount);
          BigDecimal want = expected.get(key);
          if (want == null || want.compareTo(amount) != 0) {
            count(payment, Measure.MISAPPLIED, amount);
          }
        });
    expectedOnAccount.forEach(
        (payment, amount) -> {
          count(payment, Measure.EXPECTED_ON_ACCOUNT, amount);
          BigDecimal got = onAccount.get(payment);
          if (got != null && got.compareTo(amount) == 0) {
            count(payment, Measure.ON_ACCOUNT, amount);
          }
        });
    onAccount.forEach(
        (payment, amount) -> {
          BigDecimal want = expectedOnAccount.get(payment);
          if (want == null || want.compareTo(amount) != 0) {
            count(payment, Measure.UNEXPECTED_ON_ACCOUNT, amount);
          }
        });
    exceptionPayments
        .keySet()
        .forEach(
            payment -> {
              BigDecimal amount = exceptionAmounts.get(payment);
              count(payment, Measure.EXPECTED_EXCEPTION, amount);
              if (!touched.containsKey(payment)) {
                count(payment, Measure.KEPT_EXCEPTION, amount);
              }
            });
    return new Score(
        tally(overall.getOrDefault("", new EnumMap<>(Measure.class))),
        tallies(byComplication),
        tallies(byFormat));
  }

  private void count(String payment, Measure measure, BigDecimal amount) {
    String[] slice = slices.getOrDefault(payment, new String[] {UNKNOWN, UNKNOWN});
    add(overall, "", measure, amount);
    add(byComplication, slice[0], measure, amount);
    add(byFormat, slice[1], measure, amount);
  }

  private static void add(
      Map<String, Map<Measure, Figure>> into, String slice, Measure measure, BigDecimal amount) {
    into.computeIfAbsent(slice, s -> new EnumMap<>(Measure.class))
        .merge(measure, Figure.ZERO.plus(amount), (a, b) -> a.plus(amount));
  }

  private static Map<String, Tally> tallies(Map<String, Map<Measure, Figure>> slices) {
    Map<String, Tally> result = new LinkedHashMap<>();
    slices.forEach((name, figures) -> result.put(name, tally(figures)));
    return result;
  }

  private static Tally tally(Map<Measure, Figure> figures) {
    Map<Measure, Figure> all = new EnumMap<>(Tally.empty().figures());
    all.putAll(figures);
    return new Tally(all);
  }

  private static String key(String payment, String invoice) {
    return payment + '\u0000' + invoice;
  }

  private static String paymentOf(String key) {
    return key.substring(0, key.indexOf('\u0000'));
  }

  /** A CSV file as rows of column name to value; a missing file is no rows. */
  private static List<Map<String, String>> read(Path csv) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    if (!Files.exists(csv)) {
      return rows;
    }
    try (Stream<String> lines = Files.lines(csv)) {
      List<String> header = null;
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = Csv.fields(line);
        if (header == null) {
          header = fields;
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < fields.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Prints the score as a table: overall, per complication, per format. */
  public static void print(Score score, PrintStream out) {
    ScoreTable.print(score, out);
  }
}
