package org.arhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.arhub.ledger.ChartOfAccounts;
import org.arhub.ledger.gl.GlMapping;
import org.arhub.store.AlertStore;
import org.arhub.store.GeneralLedgerStore;
import org.arhub.store.GlExportStore;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The sync to the GL end to end against a real PostgreSQL and an in-process HTTP server standing in
 * for the GL's REST endpoint: invoices journalled, batched, pushed once, pushed again with the same
 * id and body after the GL's answer was lost.
 */
class GlExportTest {
  private record Received(String idempotencyKey, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private HttpServer gl;
  private DataSource db;
  private JdbcTemplate jdbc;

  @BeforeEach
  void start() throws IOException {
    gl = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gl.createContext(
        "/journals",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          boolean seen = received.stream().anyMatch(r -> r.idempotencyKey().equals(key));
          received.add(new Received(key, body));
          // the GL posts the batch but its answer is lost: the hub sees a 503
          int status = failuresLeft.getAndDecrement() > 0 ? 503 : seen ? 409 : 201;
          exchange.getResponseHeaders().add("X-GL-Reference", "JE-" + received.size());
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    gl.start();
    db = TestDatabase.migratedDatabase("gl_export_rest");
    jdbc = new JdbcTemplate(db);
    jdbc.update("insert into customer(id, name) values ('C1', 'ACME')");
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
        values ('INV-1', 'C1', 'EUR', date '2026-11-02', date '2026-12-02', 119.00),
               ('INV-2', 'C1', 'EUR', date '2026-12-03', date '2027-01-03', 50.00)""");
  }

  @AfterEach
  void stop() {
    gl.stop(0);
  }

  private GlExport export(GeneralLedgerProperties properties) {
    DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
    Alerts alerts =
        new Alerts(
            new AlertStore(jdbc),
            new SimpleMeterRegistry(),
            new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
            new ArhubProperties());
    return new GlExport(
        new GeneralLedgerStore(jdbc, tx),
        new GlExportStore(jdbc, tx),
        ChartOfAccounts.standard(),
        GlMapping.standard(),
        properties,
        alerts);
  }

  private GeneralLedgerProperties rest() {
    GeneralLedgerProperties properties = new GeneralLedgerProperties();
    properties.setRestUrl(
        URI.create("http://127.0.0.1:" + gl.getAddress().getPort() + "/journals"));
    return properties;
  }

  private List<String> statuses() {
    return jdbc.queryForList(
        "select period || ' ' || status || ' ' || attempts from gl_export_batch order by period",
        String.class);
  }

  @Test
  void aLostAnswerIsFollowedByTheSameBatchAndNothingIsSentTwiceAfterTheAcknowledgement() {
    failuresLeft.set(1);

    export(rest()).run();

    assertThat(received).hasSize(2);
    assertThat(statuses()).containsExactly("2026-11 PENDING 1", "2026-12 ACKNOWLEDGED 1");
    String lost = received.get(0).idempotencyKey();
    assertThat(lost).matches("AR-2026-11-[0-9a-f]{16}");

    GlExport restarted = export(rest());
    restarted.run();

    assertThat(received).hasSize(3);
    assertThat(received.get(2)).isEqualTo(received.get(0));
    assertThat(statuses()).containsExactly("2026-11 ACKNOWLEDGED 2", "2026-12 ACKNOWLEDGED 1");
    assertThat(
            jdbc.queryForObject(
                "select gl_reference from gl_export_batch where id = ?", String.class, lost))
        .isEqualTo("JE-3");

    restarted.run();

    assertThat(received).as("re-export sends nothing new").hasSize(3);
    assertThat(received.get(0).body()).contains("\"Account\" : \"1100\"", "\"Debit\" : \"119.00\"");
  }

  @Test
  void aFolderTargetGetsTheCsvAndJsonOfEachBatch(@TempDir Path folder) throws IOException {
    GeneralLedgerProperties properties = new GeneralLedgerProperties();
    properties.setFolder(folder);

    export(properties).run();
    export(properties).run();

    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .hasSize(4)
          .allMatch(name -> name.matches("AR-2026-1[12]-[0-9a-f]{16}\\.(csv|json)"));
    }
    assertThat(statuses()).containsExactly("2026-11 SENT 1", "2026-12 SENT 1");
  }

  @Test
  void withoutATargetInvoicesAreJournalledButNothingIsBatched() {
    export(new GeneralLedgerProperties()).run();

    assertThat(jdbc.queryForObject("select count(*) from journal_entry", Integer.class))
        .isEqualTo(2);
    assertThat(statuses()).isEmpty();
  }
}
