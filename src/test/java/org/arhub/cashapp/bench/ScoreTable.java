package org.arhub.cashapp.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.arhub.cashapp.bench.Score.Figure;
import org.arhub.cashapp.bench.Score.Measure;
import org.arhub.cashapp.bench.Score.Tally;

/** A {@link Score} as a plain-text table, one line per slice. */
final class ScoreTable {
  private static final String ROW =
      "%-30s %6s %15s | %6s %15s %7s | %5s %13s | %4s %11s | %4s %13s %7s | %9s | %9s%n";

  private ScoreTable() {}

  static void print(Score score, PrintStream out) {
    Tally all = score.overall();
    out.printf(
        "correctly applied: %s%% of the expected amount (target >= %s%%); misapplied: %s%% of the"
            + " applied amount (target <= %s%%) -> %s%n",
        percent(all.correctShare()),
        percent(Score.TARGET_CORRECT),
        percent(all.misappliedShare()),
        percent(Score.TARGET_MISAPPLIED),
        score.meetsTargets() ? "targets met" : "targets NOT met");
    out.printf(
        ROW,
        "",
        "expect",
        "amount",
        "right",
        "amount",
        "share",
        "exc",
        "amount",
        "wrong",
        "amount",
        "mis",
        "amount",
        "share",
        "kept exc",
        "on acct");
    line(out, "overall", all);
    out.println("-- by complication");
    section(out, score.byComplication());
    out.println("-- by format");
    section(out, score.byFormat());
  }

  private static void section(PrintStream out, Map<String, Tally> slices) {
    slices.forEach((name, tally) -> line(out, name, tally));
  }

  private static void line(PrintStream out, String name, Tally t) {
    Figure expected = t.get(Measure.EXPECTED);
    Figure correct = t.get(Measure.CORRECT);
    Figure exception = t.get(Measure.EXCEPTION);
    Figure wrong = t.get(Measure.WRONG_AMOUNT);
    Figure misapplied = t.get(Measure.MISAPPLIED);
    out.printf(
        ROW,
        name,
        expected.count(),
        expected.amount().toPlainString(),
        correct.count(),
        correct.amount().toPlainString(),
        expected.count() == 0 ? "-" : percent(t.correctShare()) + "%",
        exception.count(),
        exception.amount().toPlainString(),
        wrong.count(),
        wrong.amount().toPlainString(),
        misapplied.count(),
        misapplied.amount().toPlainString(),
        t.get(Measure.APPLIED).count() == 0 ? "-" : percent(t.misappliedShare()) + "%",
        t.get(Measure.KEPT_EXCEPTION).count() + "/" + t.get(Measure.EXPECTED_EXCEPTION).count(),
        t.get(Measure.ON_ACCOUNT).count() + "/" + t.get(Measure.EXPECTED_ON_ACCOUNT).count());
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
