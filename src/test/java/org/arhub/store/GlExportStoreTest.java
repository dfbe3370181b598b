package org.arhub.store;

import static org.arhub.store.CashApplicationStoreTest.allocation;
import static org.arhub.store.CashApplicationStoreTest.applied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.InvoiceJournal;
import org.arhub.ledger.gl.GlBatchFiles;
import org.arhub.ledger.gl.GlBatchId;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.store.CashApplicationStoreTest.Rows;
import org.arhub.store.GlExportStore.Batch;
import org.arhub.store.GlExportStore.Delivery;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Export batches: every line once, the same id and bytes when sent again after a crash. */
class GlExportStoreTest {
  private static final ChartOfAccounts CHART = ChartOfAccounts.standard();
  private static final GlBatchFiles FILES = new GlBatchFiles(GlMapping.standard(), "1000");
  private DataSource db;
  private JdbcTemplate jdbc;
  private GeneralLedgerStore ledger;
  private GlExportStore exports;
  private Rows rows;

  @BeforeEach
  void database() {
    db = TestDatabase.migratedDatabase("gl_export");
    jdbc = new JdbcTemplate(db);
    ledger = new GeneralLedgerStore(jdbc, new DataSourceTransactionManager(db));
    exports = new GlExportStore(jdbc, new DataSourceTransactionManager(db));
    rows = new Rows(jdbc);
    rows.customer("C1", "ACME Corp");
    rows.invoice("INV-1", "C1", "EUR", "100.00");
    rows.invoice("INV-2", "C1", "EUR", "200.00");
    ledger.journalInvoices(new InvoiceJournal(CHART, CHART.company()), 100);
  }

  private void pay(String invoice, String amount) {
    long payment = rows.payment(amount);
    new CashApplicationStore(jdbc, new DataSourceTransactionManager(db))
        .record(
            payment,
            Optional.empty(),
            applied(rows.paymentId(payment), "C1", "0", allocation(invoice, amount, "0", "0", "0")),
            "rules-1",
            "system");
  }

  @Test
  void reExportingSendsNothingNewAndNewLinesGoIntoANewBatch() {
    List<Batch> first = exports.createBatches("gl", FILES, false);

    assertThat(first)
        .singleElement()
        .matches(b -> b.period().equals("2026-11") && b.lineCount() == 4);
    assertThat(exports.createBatches("gl", FILES, false)).isEmpty();

    pay("INV-1", "100.00");
    List<Batch> second = exports.createBatches("gl", FILES, false);

    assertThat(second).singleElement().matches(b -> b.lineCount() == 4 && b.entryCount() == 2);
    assertThat(second.get(0).id()).isNotEqualTo(first.get(0).id());
    assertThat(rows.count("select count(*) from gl_export_line")).isEqualTo(8);
    assertThat(
            rows.count(
                "select count(*) from journal_line l where not exists"
                    + " (select 1 from gl_export_line x where x.journal_line_id = l.id)"))
        .isZero();
  }

  @Test
  void aLineBelongsToExactlyOneBatch() {
    Batch batch = exports.createBatches("gl", FILES, false).get(0);
    long line = jdbc.queryForObject("select min(journal_line_id) from gl_export_line", Long.class);

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into gl_export_line(journal_line_id, batch_id) values (?, ?)",
                    line,
                    batch.id()))
        .hasMessageContaining("gl_export_line_pkey");
    assertThatThrownBy(() -> jdbc.update("delete from gl_export_line"))
        .hasMessageContaining("a journal line stays in the batch it was exported in");
  }

  @Test
  void aCrashBeforeTheAnswerIsCommittedSendsTheSameBatchAgain() {
    Batch created = exports.createBatches("gl", FILES, false).get(0);
    List<String> sent = new ArrayList<>();

    assertThatThrownBy(
            () ->
                exports.deliver(
                    "gl",
                    10,
                    batch -> {
                      sent.add(batch.id() + " " + new String(exports.bytes(batch.jsonSha256())));
                      throw new IllegalStateException(
                          "hub killed before the GL's answer was recorded");
                    }))
        .hasMessageContaining("hub killed");
    assertThat(exports.batch(created.id()).orElseThrow().status()).isEqualTo("PENDING");

    GlExportStore restarted = new GlExportStore(jdbc, new DataSourceTransactionManager(db));
    int delivered =
        restarted.deliver(
            "gl",
            10,
            batch -> {
              sent.add(batch.id() + " " + new String(restarted.bytes(batch.jsonSha256())));
              return Delivery.acknowledged(Optional.of("JE-77"));
            });

    assertThat(delivered).isEqualTo(1);
    assertThat(sent).hasSize(2).allMatch(s -> s.startsWith(created.id() + " "));
    assertThat(sent.get(1)).isEqualTo(sent.get(0));
    assertThat(restarted.batch(created.id()).orElseThrow())
        .matches(
            b -> b.status().equals("ACKNOWLEDGED") && b.glReference().equals(Optional.of("JE-77")));
    assertThat(restarted.deliver("gl", 10, batch -> Delivery.failed("must not be sent again")))
        .isZero();
  }

  @Test
  void aFailedAttemptIsCountedAndTriedAgain() {
    Batch created = exports.createBatches("gl", FILES, false).get(0);

    exports.deliver("gl", 10, batch -> Delivery.failed("connection refused"));

    assertThat(exports.batch(created.id()).orElseThrow())
        .matches(b -> b.status().equals("PENDING") && b.attempts() == 1)
        .matches(b -> b.reason().equals(Optional.of("connection refused")));
    assertThat(exports.deliver("gl", 10, batch -> Delivery.sent())).isEqualTo(1);
    assertThat(exports.batch(created.id()).orElseThrow().status()).isEqualTo("SENT");
  }

  @Test
  void theGlsAnswerIsFinal() {
    Batch created = exports.createBatches("gl", FILES, false).get(0);
    exports.deliver("gl", 10, batch -> Delivery.sent());

    exports.acknowledge(created.id(), Delivery.rejected("account 4000 blocked"), "gl-user");

    assertThat(exports.acknowledge(created.id(), Delivery.rejected("again"), "gl-user").reason())
        .contains("account 4000 blocked");
    assertThatThrownBy(
            () -> exports.acknowledge(created.id(), Delivery.acknowledged(Optional.empty()), "x"))
        .hasMessageContaining("is REJECTED and cannot become ACKNOWLEDGED");
    assertThat(
            rows.count(
                "select count(*) from audit_log where action = 'GL_BATCH_REJECTED' and entity_id = ?",
                created.id()))
        .isEqualTo(1);
  }

  @Test
  void anSftpTargetGetsTheFilesThroughTheOutbox() {
    jdbc.update("insert into partner(id, name, kind, config) values ('demo-gl', 'GL', 'GL', '{}')");

    Batch batch = exports.createBatches("demo-gl", FILES, true).get(0);

    assertThat(
            jdbc.queryForList(
                "select file_name from outbound_file where partner_id = 'demo-gl' order by id",
                String.class))
        .containsExactly(batch.csvName(), batch.jsonName());
    assertThat(exports.filesSent("demo-gl")).isZero();
    jdbc.update("update outbound_file set status = 'SENT', sent_at = now()");
    assertThat(exports.filesSent("demo-gl")).isEqualTo(1);
    assertThat(exports.batch(batch.id()).orElseThrow().status()).isEqualTo("SENT");
  }

  @Test
  void aLongHistoryIsClaimedInSlicesOfWholeEntriesEachItsOwnBatch() {
    // INV-1 and INV-2 are two lines each; a slice of 3 lines takes one entry, not the 4 lines at
    // once
    GlExportStore sliced = new GlExportStore(jdbc, new DataSourceTransactionManager(db), 3);

    List<Batch> batches = sliced.createBatches("gl", FILES, false);

    assertThat(batches).extracting(Batch::lineCount).containsExactly(2, 2);
    for (String posting : List.of("invoice:INV-1", "invoice:INV-2")) {
      List<Long> lines =
          jdbc.queryForList(
              "select l.id from journal_line l join journal_entry e on e.id = l.entry_id"
                  + " where e.posting_id = ?",
              Long.class,
              posting);
      assertThat(batches)
          .extracting(Batch::id)
          .as("a batch is the lines of its slice, its id their hash")
          .contains(GlBatchId.of("2026-11", lines));
    }
    assertThat(
            new GlExportStore(jdbc, new DataSourceTransactionManager(db), 1)
                .createBatches("gl", FILES, false))
        .isEmpty();
  }

  @Test
  void anEntryLargerThanASliceIsClaimedWhole() {
    GlExportStore tiny = new GlExportStore(jdbc, new DataSourceTransactionManager(db), 1);

    assertThat(tiny.createBatches("gl", FILES, false))
        .extracting(Batch::lineCount, Batch::entryCount)
        .containsExactly(tuple(2, 1), tuple(2, 1));
    assertThat(rows.count("select count(*) from gl_export_line")).isEqualTo(4);
  }
}
