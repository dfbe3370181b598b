package org.arhub.ledger.gl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arhub.ledger.gl.GlReconciliation.Explanation;
import org.arhub.ledger.gl.GlReconciliation.Row;
import org.junit.jupiter.api.Test;

/** Each injected break is found with its cause code, and the explanations add up. */
class GlReconciliationTest {
  private static final List<String> AR = List.of("1100");
  private final List<LedgerMovement> ledger = new ArrayList<>();
  private final List<GlBalance> gl = new ArrayList<>();

  private void posted(String period, ExportState state, String batch, String net) {
    ledger.add(
        new LedgerMovement(
            "1100", "EUR", period, state, Optional.ofNullable(batch), new BigDecimal(net)));
  }

  private void gl(String period, String balance) {
    gl.add(new GlBalance("1100", "EUR", period, new BigDecimal(balance)));
  }

  private List<Row> compare(GlMapping.BalanceKind kind) {
    List<Row> rows = GlReconciliation.compare(gl, ledger, kind, AR, Optional.empty());
    for (Row row : rows) {
      BigDecimal explained =
          row.explanations().stream()
              .map(Explanation::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(explained).as("explanations of %s", row).isEqualByComparingTo(row.difference());
    }
    return rows;
  }

  private static Row row(List<Row> rows, String period) {
    return rows.stream().filter(r -> r.period().equals(period)).findFirst().orElseThrow();
  }

  private static List<CauseCode> causes(Row row) {
    return row.explanations().stream().map(Explanation::cause).toList();
  }

  @Test
  void acknowledgedBatchesTheGlShowsReconcile() {
    posted("2026-10", ExportState.ACKNOWLEDGED, "AR-2026-10-a", "500.00");
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-a", "-120.00");
    gl("2026-10", "500.00");
    gl("2026-11", "-120");

    assertThat(compare(GlMapping.BalanceKind.MOVEMENT)).allMatch(Row::reconciled);
  }

  @Test
  void aMissingBatchIsNotTransferred() {
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-a", "500.00");
    posted("2026-11", ExportState.NOT_EXPORTED, null, "80.00");
    posted("2026-11", ExportState.SENT, "AR-2026-11-b", "20.00");
    gl("2026-11", "500.00");

    Row row = row(compare(GlMapping.BalanceKind.MOVEMENT), "2026-11");

    assertThat(row.difference()).isEqualByComparingTo("100.00");
    assertThat(causes(row)).containsExactly(CauseCode.NOT_TRANSFERRED);
    assertThat(row.explanations().get(0).detail())
        .isEqualTo("not yet exported; sent, not acknowledged: AR-2026-11-b");
  }

  @Test
  void aRejectedBatchIsRejectedByTheGl() {
    posted("2026-11", ExportState.REJECTED, "AR-2026-11-r", "70.00");
    gl("2026-11", "0");

    assertThat(causes(row(compare(GlMapping.BalanceKind.MOVEMENT), "2026-11")))
        .containsExactly(CauseCode.REJECTED_BY_GL);
  }

  @Test
  void anAmountOnlyTheGlHasIsAManualGlEntry() {
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-a", "500.00");
    gl("2026-11", "537.25");

    Row row = row(compare(GlMapping.BalanceKind.MOVEMENT), "2026-11");

    assertThat(causes(row)).containsExactly(CauseCode.MANUAL_GL_ENTRY);
    assertThat(row.explanations().get(0).amount()).isEqualByComparingTo("-37.25");
  }

  @Test
  void aBatchTheGlPostedInTheNextPeriodIsWrongPeriodInBoth() {
    posted("2026-10", ExportState.ACKNOWLEDGED, "AR-2026-10-a", "500.00");
    posted("2026-10", ExportState.ACKNOWLEDGED, "AR-2026-10-b", "60.00");
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-a", "200.00");
    gl("2026-10", "500.00");
    gl("2026-11", "260.00");

    List<Row> rows = compare(GlMapping.BalanceKind.MOVEMENT);

    assertThat(causes(row(rows, "2026-10"))).containsExactly(CauseCode.WRONG_PERIOD);
    assertThat(causes(row(rows, "2026-11"))).containsExactly(CauseCode.WRONG_PERIOD);
    assertThat(row(rows, "2026-10").explanations().get(0).detail())
        .isEqualTo("the GL shows this amount in 2026-11");
  }

  @Test
  void anAcknowledgedBatchTheGlDoesNotShowIsUnknown() {
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-a", "500.00");
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-b", "45.00");
    gl("2026-11", "500.00");

    Row row = row(compare(GlMapping.BalanceKind.MOVEMENT), "2026-11");

    assertThat(causes(row)).containsExactly(CauseCode.UNKNOWN);
    assertThat(row.explanations().get(0).detail()).contains("AR-2026-11-b");
  }

  @Test
  void closingBalancesAreComparedAsMovementsBetweenTheListedPeriods() {
    posted("2026-09", ExportState.ACKNOWLEDGED, "AR-2026-09-a", "100.00");
    posted("2026-10", ExportState.ACKNOWLEDGED, "AR-2026-10-a", "500.00");
    posted("2026-11", ExportState.NOT_EXPORTED, null, "30.00");
    gl("2026-10", "600.00");
    gl("2026-11", "600.00");

    List<Row> rows = compare(GlMapping.BalanceKind.CLOSING);

    assertThat(row(rows, "2026-10").reconciled()).isTrue();
    assertThat(causes(row(rows, "2026-11"))).containsExactly(CauseCode.NOT_TRANSFERRED);
  }

  @Test
  void theArAccountIsComparedEvenWhenTheGlReportLacksIt() {
    posted("2026-11", ExportState.ACKNOWLEDGED, "AR-2026-11-a", "500.00");

    List<Row> rows =
        GlReconciliation.compare(
            List.of(), ledger, GlMapping.BalanceKind.MOVEMENT, AR, Optional.of("2026-11"));

    assertThat(rows).singleElement().matches(r -> !r.reconciled());
  }
}
