package org.arhub.cashapp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arhub.cashapp.bench.Score.Figure;
import org.arhub.cashapp.bench.Score.Measure;
import org.arhub.cashapp.bench.Score.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashApplicationScorerTest {
  private static final String TRUTH =
      """
      payment_id,format,complication,invoice_number,amount,outcome
      P1,camt.053,clean_reference,INV-1,100.00,APPLY
      P2,BAI2,reference_typo,INV-2,200.00,APPLY
      P3,lockbox,partial_payment,INV-3,50.00,APPLY
      P4,camt.053,multi_invoice_structured,INV-4,300.00,APPLY
      P4,camt.053,multi_invoice_structured,INV-5,400.00,APPLY
      P5,camt.053,overpayment,INV-6,500.00,APPLY
      P5,camt.053,overpayment,,25.00,ON_ACCOUNT
      P6,BAI2,unknown_payer,,80.00,EXCEPTION
      P7,lockbox,currency_mismatch,,90.00,EXCEPTION
      P8,BAI2+820,deduction_with_reason_code,INV-8,150.00,APPLY
      P8,BAI2+820,deduction_with_reason_code,INV-8,30.00,DISPUTE
      """;

  /**
   * P1 correct (in two rows), P2 to the wrong invoice, P3 the wrong amount, P4 left unapplied, P5
   * correct with its rest on account, P6 kept as exception, P7 applied though it must not be, P8
   * correct; the extra columns the apply command writes are ignored.
   */
  private static final String APPLICATIONS =
      """
      payment_id,invoice_number,customer_id,amount,rule,confidence,discount,currency
      P1,INV-1,C1,60.00,REFERENCE,0.99,0.00,EUR
      P1,INV-1,C1,40.00,REFERENCE,0.99,0.00,EUR
      P2,INV-9,C2,200.00,FUZZY,0.90,0.00,USD
      P3,INV-3,C3,60.00,REFERENCE,0.95,0.00,USD
      P5,INV-6,C5,500.00,REFERENCE,0.99,0.00,EUR
      P7,INV-7,C7,90.00,REFERENCE,0.99,0.00,USD
      P8,INV-8,C8,150.00,ADVICE,1.00,0.00,USD
      """;

  private static final String UNAPPLIED =
      """
      payment_id,customer_id,amount,reason,candidates
      P4,C4,700.00,"no rule found an invoice","INV-4, INV-5"
      P5,C5,25.00,ON_ACCOUNT,
      P6,,80.00,unknown payer,
      """;

  @TempDir Path dir;

  @Test
  void countsAndAmountsOverall() throws IOException {
    Tally all = score(TRUTH, APPLICATIONS, UNAPPLIED).overall();

    assertFigure(all, Measure.EXPECTED, 7, "1700.00");
    assertFigure(all, Measure.CORRECT, 3, "750.00");
    assertFigure(all, Measure.EXCEPTION, 3, "900.00");
    assertFigure(all, Measure.WRONG_AMOUNT, 1, "50.00");
    assertFigure(all, Measure.APPLIED, 6, "1100.00");
    assertFigure(all, Measure.MISAPPLIED, 3, "350.00");
    assertFigure(all, Measure.EXPECTED_EXCEPTION, 2, "170.00");
    assertFigure(all, Measure.KEPT_EXCEPTION, 1, "80.00");
    assertFigure(all, Measure.EXPECTED_ON_ACCOUNT, 1, "25.00");
    assertFigure(all, Measure.ON_ACCOUNT, 1, "25.00");
    assertFigure(all, Measure.UNEXPECTED_ON_ACCOUNT, 0, "0");
    assertThat(all.correctShare()).isEqualByComparingTo("0.441176");
    assertThat(all.misappliedShare()).isEqualByComparingTo("0.318182");
  }

  @Test
  void perComplicationAndFormat() throws IOException {
    Score score = score(TRUTH, APPLICATIONS, UNAPPLIED);

    Tally typo = score.byComplication().get("reference_typo");
    assertFigure(typo, Measure.EXPECTED, 1, "200.00");
    assertFigure(typo, Measure.EXCEPTION, 1, "200.00");
    assertFigure(typo, Measure.MISAPPLIED, 1, "200.00");
    Tally partial = score.byComplication().get("partial_payment");
    assertFigure(partial, Measure.WRONG_AMOUNT, 1, "50.00");
    assertFigure(partial, Measure.MISAPPLIED, 1, "60.00");
    Tally multi = score.byComplication().get("multi_invoice_structured");
    assertFigure(multi, Measure.EXCEPTION, 2, "700.00");
    assertThat(multi.correctShare()).isEqualByComparingTo("0");
    assertThat(score.byComplication().get("deduction_with_reason_code").correctShare())
        .isEqualByComparingTo("1");

    Tally lockbox = score.byFormat().get("lockbox");
    assertFigure(lockbox, Measure.EXPECTED, 1, "50.00");
    assertFigure(lockbox, Measure.APPLIED, 2, "150.00");
    assertFigure(lockbox, Measure.MISAPPLIED, 2, "150.00");
    assertFigure(lockbox, Measure.EXPECTED_EXCEPTION, 1, "90.00");
    assertFigure(lockbox, Measure.KEPT_EXCEPTION, 0, "0");
    Tally camt = score.byFormat().get("camt.053");
    assertFigure(camt, Measure.CORRECT, 2, "600.00");
    assertFigure(camt, Measure.EXCEPTION, 2, "700.00");
    assertThat(score.byFormat()).containsOnlyKeys("camt.053", "BAI2", "lockbox", "BAI2+820");
    assertThat(score.meetsTargets()).isFalse();
  }

  @Test
  void aPerfectRunMeetsTheTargets() throws IOException {
    Score score =
        score(
            """
            payment_id,format,complication,invoice_number,amount,outcome
            P1,camt.053,clean_reference,INV-1,100.00,APPLY
            P6,BAI2,unknown_payer,,80.00,EXCEPTION
            """,
            """
            payment_id,invoice_number,customer_id,amount,rule,confidence
            P1,INV-1,C1,100.0,REFERENCE,0.99
            """,
            """
            payment_id,customer_id,amount,reason,candidates
            P6,,80.00,unknown payer,
            """);

    assertThat(score.overall().correctShare()).isEqualByComparingTo("1");
    assertThat(score.overall().misappliedShare()).isEqualByComparingTo("0");
    assertFigure(score.overall(), Measure.KEPT_EXCEPTION, 1, "80.00");
    assertThat(score.meetsTargets()).isTrue();
  }

  @Test
  void anApplicationToAPaymentNotInTruthIsMisapplied() throws IOException {
    Score score =
        score(TRUTH, APPLICATIONS + "PX,INV-1,C1,10.00,REFERENCE,0.99,0.00,EUR\n", UNAPPLIED);

    assertFigure(score.overall(), Measure.MISAPPLIED, 4, "360.00");
    assertFigure(score.byComplication().get("(not in truth)"), Measure.MISAPPLIED, 1, "10.00");
  }

  @Test
  void printsATable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CashApplicationScorer.print(
        score(TRUTH, APPLICATIONS, UNAPPLIED),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);

    assertThat(table)
        .contains("correctly applied: 44.12% of the expected amount")
        .contains("misapplied: 31.82% of the applied amount")
        .contains("targets NOT met")
        .contains("-- by complication")
        .contains("-- by format");
    assertThat(table.lines().filter(l -> l.startsWith("overall"))).hasSize(1);
  }

  private Score score(String truth, String applications, String unapplied) throws IOException {
    Path t = Files.writeString(dir.resolve("truth.csv"), truth);
    Files.writeString(dir.resolve("applications.csv"), applications);
    Files.writeString(dir.resolve("unapplied.csv"), unapplied);
    return CashApplicationScorer.score(t, dir);
  }

  private static void assertFigure(Tally tally, Measure measure, long count, String amount) {
    Figure figure = tally.get(measure);
    assertThat(figure.count()).as(measure + " count").isEqualTo(count);
    assertThat(figure.amount())
        .as(measure + " amount")
        .isEqualByComparingTo(new BigDecimal(amount));
  }
}
