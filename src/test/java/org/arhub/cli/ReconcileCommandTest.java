package org.arhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.GlBatchFiles;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.store.GeneralLedgerStore;
import org.arhub.store.GlExportStore;
import org.arhub.store.GlExportStore.Delivery;
import org.arhub.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@code reconcile} against a real database: a GL that shows what was acknowledged reconciles; each
 * injected break (missing batch, rejected batch, manual GL entry, wrong period, an AR line of no
 * customer) is reported with its cause and exit code 1.
 */
class ReconcileCommandTest {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private String url;
  private JdbcTemplate jdbc;
  private GeneralLedgerStore ledger;
  private GlExportStore exports;
  @TempDir Path dir;

  @BeforeEach
  void database() {
    url = TestDatabase.freshDatabaseUrl("reconcile");
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setUrl(url);
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(db);
    ledger = new GeneralLedgerStore(jdbc, new DataSourceTransactionManager(db));
    exports = new GlExportStore(jdbc, new DataSourceTransactionManager(db));
    jdbc.update("insert into customer(id, name) values ('C1', 'ACME'), ('C2', 'Globex')");
    invoice("INV-1", "C1", "2026-11-02", "100.00");
    invoice("INV-2", "C2", "2026-11-03", "200.00");
    invoice("INV-3", "C1", "2026-12-04", "50.00");
  }

  private void invoice(String number, String customer, String issued, String amount) {
    jdbc.update(
        "insert into invoice(number, customer_id, currency, issue_date, due_date, amount)"
            + " values (?, ?, 'EUR', ?::date, ?::date + 30, ?::numeric)",
        number,
        customer,
        issued,
        issued,
        amount);
  }

  /** Journals and exports what is there; the GL acknowledges every batch. */
  private void exportAndAcknowledge() {
    ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 100);
    exports.createBatches("gl", new GlBatchFiles(GlMapping.standard(), "1000"), false);
    exports.deliver("gl", 100, b -> Delivery.acknowledged(Optional.empty()));
  }

  private record Run(int exit, String out, String err) {}

  private Run reconcile(String glCsv, String... more) throws IOException {
    Path gl = dir.resolve("gl.csv");
    Files.writeString(gl, "Account,Currency,Period,Balance\n" + glCsv);
    String[] args = new String[2 + more.length];
    args[0] = "--gl";
    args[1] = gl.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new ReconcileCommand(Map.of("ARHUB_DB_URL", url))
            .run(args, new PrintStream(out, true), new PrintStream(err, true));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aGlShowingEveryAcknowledgedBatchReconciles() throws IOException {
    exportAndAcknowledge();

    Run run = reconcile("1100,EUR,2026-11,300.00\n1100,EUR,2026-12,50.00\n");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("RECONCILED").doesNotContain("DIFFERENCES");
  }

  @Test
  void aBatchNotYetSentIsNotTransferred() throws IOException {
    exportAndAcknowledge();
    invoice("INV-4", "C2", "2026-11-20", "80.00");
    ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 100);

    Run run = reconcile("1100,EUR,2026-11,300.00\n", "--period", "2026-11");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "1100       EUR  2026-11            380.00           300.00            80.00  NOT_TRANSFERRED 80.00 (not yet exported)")
        .contains("DIFFERENCES REMAIN");
  }

  @Test
  void aRejectedBatchIsRejectedByTheGl() throws IOException {
    ledger.journalInvoices(new InvoiceJournal(CHART, "1000"), 100);
    String batch =
        exports
            .createBatches("gl", new GlBatchFiles(GlMapping.standard(), "1000"), false)
            .get(0)
            .id();
    exports.deliver(
        "gl",
        100,
        b ->
            b.id().equals(batch)
                ? Delivery.rejected("period closed in GL")
                : Delivery.acknowledged(Optional.empty()));

    Run run = reconcile("1100,EUR,2026-12,50.00\n", "--period", "2026-11", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("\"cause\" : \"REJECTED_BY_GL\"", batch);
  }

  @Test
  void aManualGlEntryAndABatchInTheWrongPeriodAreNamed() throws IOException {
    exportAndAcknowledge();

    // INV-2's 200.00 was posted by the GL in December
    Run run = reconcile("1100,EUR,2026-11,100.00\n1100,EUR,2026-12,250.00\n", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"cause\" : \"WRONG_PERIOD\"")
        .doesNotContain("MANUAL_GL_ENTRY");

    // the GL has 25.00 more in November than the hub sent
    Run manual = reconcile("1100,EUR,2026-11,325.00\n1100,EUR,2026-12,50.00\n");

    assertThat(manual.out())
        .contains(
            "MANUAL_GL_ENTRY -25.00 (the GL shows 25.00 more than the batches it acknowledged)");
  }

  @Test
  void anArLineOfNoCustomerBreaksTheControlBalance() throws IOException {
    exportAndAcknowledge();
    jdbc.update(
        """
        with e as (insert into journal_entry(posting_id, entry_date, description, source)
                   values ('manual-1', '2026-11-30', 'x', 'MANUAL') returning id)
        insert into journal_line(entry_id, account, debit, credit, currency)
        select id, '1100', 10, 0, 'EUR' from e union all select id, '6800', 0, 10, 'EUR' from e""");

    Run run = reconcile("1100,EUR,2026-11,300.00\n1100,EUR,2026-12,50.00\n");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("CONTROL", "sum of customers' open balances 350 ≠ AR control balance 360");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(
            new ReconcileCommand(Map.of())
                .run(
                    new String[] {"--gl", "x.csv"},
                    System.out,
                    new PrintStream(new ByteArrayOutputStream())))
        .isEqualTo(2);
    assertThat(reconcile("", "--period", "November").exit()).isEqualTo(2);
    assertThat(reconcile("", "--bogus").exit()).isEqualTo(2);
    Run bad = reconcile("1100,EUR,2026-11,lots\n");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("gl.csv: line 2: column Balance 'lots' is not an amount");
  }
}
