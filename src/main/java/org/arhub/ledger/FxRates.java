package org.arhub.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exchange rates into the functional currency, from the rate source the chart of accounts names: a
 * CSV of {@code date,currency,rate} (functional units per unit of the currency). The rate of a day
 * is the latest one on or before it. {@link #none()} knows no rate: no cross-currency posting.
 */
public final class FxRates {
  private final Map<String, TreeMap<LocalDate, BigDecimal>> rates;

  private FxRates(Map<String, TreeMap<LocalDate, BigDecimal>> rates) {
    this.rates = rates;
  }

  public static FxRates none() {
    return new FxRates(Map.of());
  }

  public Optional<BigDecimal> rate(String currency, LocalDate day) {
    TreeMap<LocalDate, BigDecimal> byDay = rates.get(currency);
    return Optional.ofNullable(byDay).map(m -> m.floorEntry(day)).map(Map.Entry::getValue);
  }

  /** The rates of a policy's source: none without one, else the CSV file it names. */
  public static FxRates of(FxPolicy policy) {
    return policy.rateSource().map(Path::of).map(FxRates::load).orElseGet(FxRates::none);
  }

  public static FxRates load(Path csv) {
    try {
      return read(Files.readString(csv, StandardCharsets.UTF_8), csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FX rate source " + csv, e);
    }
  }

  /** Reads the CSV; every bad line is reported at once with the file name and line number. */
  public static FxRates read(String csv, String name) {
    Map<String, TreeMap<LocalDate, BigDecimal>> rates = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = csv.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("date"))) {
        continue;
      }
      String[] f = line.split(",");
      try {
        if (f.length != 3 || !f[1].strip().matches("[A-Z]{3}")) {
          throw new IllegalArgumentException("expected date,currency,rate");
        }
        BigDecimal rate = new BigDecimal(f[2].strip());
        if (rate.signum() <= 0) {
          throw new IllegalArgumentException("rate must be positive");
        }
        rates
            .computeIfAbsent(f[1].strip(), c -> new TreeMap<>())
            .put(LocalDate.parse(f[0].strip()), rate);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems.add("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return new FxRates(rates);
  }
}
