package org.arhub.ledger.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Batch ids, batch files and the GL balance report, as the mapping declares them. */
class GlExportFilesTest {
  private static final GlMapping MAPPING = GlMapping.standard();

  private static ExportLine line(long entry, long id, String account, String debit, String credit) {
    return new ExportLine(
        entry,
        "invoice:INV-" + entry,
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 11, 30),
        "invoice, late",
        "INVOICE",
        Optional.of("INV-" + entry),
        id,
        account,
        new BigDecimal(debit),
        new BigDecimal(credit),
        "EUR",
        Optional.empty());
  }

  @Test
  void theBatchIdDependsOnThePeriodAndTheLinesOnly() {
    assertThat(GlBatchId.of("2026-11", List.of(3L, 1L, 2L)))
        .isEqualTo(GlBatchId.of("2026-11", List.of(1L, 2L, 3L)))
        .matches("AR-2026-11-[0-9a-f]{16}")
        .isNotEqualTo(GlBatchId.of("2026-11", List.of(1L, 2L)))
        .isNotEqualTo(GlBatchId.of("2026-12", List.of(1L, 2L, 3L)));
  }

  @Test
  void theCsvHasTheDeclaredColumnsAndIsTheSameEveryTime() {
    GlBatchFiles files = new GlBatchFiles(MAPPING, "1000");
    List<ExportLine> lines =
        List.of(line(7, 12, "4000", "0.00", "100.00"), line(7, 11, "1100", "100.00", "0.00"));

    String csv = new String(files.csv("AR-X", "2026-12", lines), StandardCharsets.UTF_8);

    assertThat(csv)
        .isEqualTo(
            """
            BatchId,Company,Period,EntryId,PostingId,PostingDate,EventDate,LineId,Account,Debit,Credit,Currency,Description,Memo,Source,SourceRef
            AR-X,1000,2026-12,7,invoice:INV-7,2026-12-01,2026-11-30,11,1100,100.00,0.00,EUR,"invoice, late",,INVOICE,INV-7
            AR-X,1000,2026-12,7,invoice:INV-7,2026-12-01,2026-11-30,12,4000,0.00,100.00,EUR,"invoice, late",,INVOICE,INV-7
            """);
    assertThat(files.json("AR-X", "2026-12", lines))
        .isEqualTo(files.json("AR-X", "2026-12", List.of(lines.get(1), lines.get(0))));
    assertThat(new String(files.json("AR-X", "2026-12", lines), StandardCharsets.UTF_8))
        .contains("\"batchId\" : \"AR-X\"", "\"LineId\" : \"11\"");
  }

  @Test
  void aMappingWithoutTheRequiredColumnsIsRefused() {
    assertThatThrownBy(
            () ->
                GlMapping.read(
                    """
                    export:
                      columns:
                        - { name: Amount, field: amount }
                    balance_file:
                      kind: weekly
                      columns: { account: A, currency: C, period: P }
                    """,
                    "gl-export.yaml"))
        .hasMessageStartingWith("gl-export.yaml: ")
        .hasMessageContaining("export.columns[0].field: unknown field 'amount'")
        .hasMessageContaining("no column carries batch_id")
        .hasMessageContaining("balance_file.columns.balance: missing")
        .hasMessageContaining("balance_file.kind: 'weekly'");
  }

  @Test
  void theBalanceReportIsReadByTheMappedColumns() {
    List<GlBalance> rows =
        GlBalanceReport.read(
            "Period,Account,Currency,Balance,Name\n2026-11,1100,EUR,-12.50,AR\n\n2026-11,1100,USD,3,AR\n",
            "gl.csv",
            MAPPING.balanceColumns());

    assertThat(rows)
        .containsExactly(
            new GlBalance("1100", "EUR", "2026-11", new BigDecimal("-12.50")),
            new GlBalance("1100", "USD", "2026-11", new BigDecimal("3")));
  }

  @Test
  void everyBadRowOfTheBalanceReportIsNamed() {
    assertThatThrownBy(
            () ->
                GlBalanceReport.read(
                    "Account,Currency,Period,Balance\n1100,EUR,2026-13,1\n1100,eur,2026-11,1\n"
                        + "1100,EUR,2026-11,abc\n1100,EUR,2026-10,1\n1100,EUR,2026-10,2\n",
                    "gl.csv",
                    MAPPING.balanceColumns()))
        .hasMessageStartingWith("gl.csv: line 2: column Period: accounting period '2026-13'")
        .hasMessageContaining("line 3: column Currency 'eur' is not a currency")
        .hasMessageContaining("line 4: column Balance 'abc' is not an amount")
        .hasMessageContaining("line 6: account 1100 EUR 2026-10 is listed twice");
    assertThatThrownBy(
            () -> GlBalanceReport.read("Account,Amount\n", "gl.csv", MAPPING.balanceColumns()))
        .hasMessageStartingWith("gl.csv line 1: missing column(s) [Currency, Period, Balance]");
  }
}
