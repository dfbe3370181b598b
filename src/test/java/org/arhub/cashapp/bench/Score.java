package org.arhub.cashapp.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * How well a cash-application run did against truth.csv, overall, per complication and per format.
 * Amounts are summed nominally across currencies (truth.csv carries none).
 */
public record Score(Tally overall, Map<String, Tally> byComplication, Map<String, Tally> byFormat) {
  /** At least this share of the expected payment amount applied correctly. */
  public static final BigDecimal TARGET_CORRECT = new BigDecimal("0.95");

  /** At most this share of the applied amount misapplied. */
  public static final BigDecimal TARGET_MISAPPLIED = new BigDecimal("0.001");

  public boolean meetsTargets() {
    return overall.correctShare().compareTo(TARGET_CORRECT) >= 0
        && overall.misappliedShare().compareTo(TARGET_MISAPPLIED) <= 0;
  }

  /** What is counted. */
  public enum Measure {
    /** APPLY rows of truth.csv: cash expected on an invoice. */
    EXPECTED,
    /** Expected rows the run applied exactly so: same payment, invoice and amount. */
    CORRECT,
    /** Expected rows with nothing of the payment applied to the invoice: left to a person. */
    EXCEPTION,
    /** Expected rows whose invoice got another amount from the payment. */
    WRONG_AMOUNT,
    /** Applications to invoices the run made (by payment and invoice). */
    APPLIED,
    /** Applications that match no APPLY row: wrong invoice or wrong amount, at what was applied. */
    MISAPPLIED,
    /** EXCEPTION rows of truth.csv: payments no machine should apply. */
    EXPECTED_EXCEPTION,
    /** Of those, payments the run left alone (no application, nothing on account). */
    KEPT_EXCEPTION,
    /** ON_ACCOUNT rows of truth.csv: overpaid rests. */
    EXPECTED_ON_ACCOUNT,
    /** Of those, rests the run put on account at that amount. */
    ON_ACCOUNT,
    /** Amounts put on account that no ON_ACCOUNT row expects. */
    UNEXPECTED_ON_ACCOUNT
  }

  /** A count and an amount. */
  public record Figure(long count, BigDecimal amount) {
    public static final Figure ZERO = new Figure(0, BigDecimal.ZERO);

    Figure plus(BigDecimal more) {
      return new Figure(count + 1, amount.add(more));
    }
  }

  /** The figures of one slice of the payments. */
  public record Tally(Map<Measure, Figure> figures) {
    public Tally {
      figures = Map.copyOf(figures);
    }

    static Tally empty() {
      Map<Measure, Figure> zero = new EnumMap<>(Measure.class);
      for (Measure m : Measure.values()) {
        zero.put(m, Figure.ZERO);
      }
      return new Tally(zero);
    }

    public Figure get(Measure measure) {
      return figures.get(measure);
    }

    /** Correctly applied amount over the amount expected applied (1 when nothing is expected). */
    public BigDecimal correctShare() {
      return share(get(Measure.CORRECT).amount(), get(Measure.EXPECTED).amount(), BigDecimal.ONE);
    }

    /** Misapplied amount over all applied amount (0 when nothing was applied). */
    public BigDecimal misappliedShare() {
      return share(
          get(Measure.MISAPPLIED).amount(), get(Measure.APPLIED).amount(), BigDecimal.ZERO);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole, BigDecimal ifNone) {
      return whole.signum() == 0 ? ifNone : part.divide(whole, 6, RoundingMode.HALF_EVEN);
    }
  }
}
