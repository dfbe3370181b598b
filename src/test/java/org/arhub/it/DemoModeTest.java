package org.arhub.it;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arhub.ArhubApplication;
import org.arhub.demo.DemoMailCatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's first command: the hub with no configuration at all runs on its embedded PostgreSQL,
 * starts the demo bank and mail catcher, takes the demo files over SFTP and is healthy; a restart
 * on the same data folder keeps the state and takes nothing twice.
 */
class DemoModeTest {
  @TempDir Path data;

  @Test
  void theHubRunsOutOfTheBoxAndKeepsItsStateAcrossARestart() throws Exception {
    List<String> firstRun;
    try (ConfigurableApplicationContext hub = start()) {
      JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
      waitUntil(
          () ->
              jdbc.queryForObject(
                      "select count(*) from inbound_file where status <> 'RECEIVED'", Integer.class)
                  >= 4);
      firstRun =
          jdbc.queryForList(
              "select original_name || ':' || status from inbound_file order by original_name",
              String.class);
      assertThat(firstRun)
          .extracting(s -> s.split(":")[0])
          .containsExactly(
              "BAI2-20261120.bai",
              "camt053-20261120.xml",
              "invoices-20261123.csv",
              "lockbox-20261120.txt");

      // The demo ledger's invoices are paid by the demo bank's files: cash application applies
      // every customer payment and leaves the lockbox deposit (its checks are in the lockbox file).
      waitUntil(
          () ->
              jdbc.queryForObject(
                      "select count(*) from bank_payment where direction = 'CREDIT' and status = 'UNAPPLIED'",
                      Integer.class)
                  == 0);
      assertThat(
              jdbc.queryForList(
                  "select status || ' ' || count(*) from bank_payment where direction = 'CREDIT' group by status order by status",
                  String.class))
          .containsExactly("APPLIED 10", "EXCEPTION 1");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from invoice_balance where open_amount = 0", Integer.class))
          .isEqualTo(12);

      int port = Integer.parseInt(hub.getEnvironment().getProperty("local.server.port"));
      assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
      assertThat(get(port, "/actuator/health").body()).contains("\"status\":\"UP\"");
      assertThat(get(port, "/api/v1/files").statusCode())
          .as("the API needs a login")
          .isEqualTo(401);
      assertThat(get(port, "/actuator/prometheus").statusCode())
          .as("metrics need a login")
          .isEqualTo(401);
      assertThat(get(port, "/actuator/prometheus", "arhub", "test-secret").body())
          .contains(
              "arhub_cashapp_payments_total{channel=\"camt.053.001.08\",customer=\"CUST-BRENNER\",outcome=\"APPLIED\",rule=\"REMITTANCE_LINES\"} 1.0")
          .contains("arhub_cashapp_amount_applied_total");
      HttpResponse<String> openApi = get(port, "/v3/api-docs", "arhub", "test-secret");
      assertThat(openApi.statusCode()).isEqualTo(200);
      assertThat(openApi.body()).contains("/api/v1/files/{id}/replay");

      // Every quarantined file raised an alert, and demo mode mails alerts to the catcher.
      int quarantined =
          jdbc.queryForObject(
              "select count(*) from inbound_file where status = 'QUARANTINED'", Integer.class);
      DemoMailCatcher mail = hub.getBean(DemoMailCatcher.class);
      // and the Demo ERP's invoice goes out: numbered, rendered, checked, mailed to its customer
      waitUntil(() -> mail.received().size() >= quarantined + 1);
      assertThat(mail.received())
          .filteredOn(m -> m.to().contains("ap@muster-handel.example"))
          .singleElement()
          .satisfies(
              m -> assertThat(m.subject()).isEqualTo("Arhub Demo GmbH: Rechnung INV-2026-000001"));
      assertThat(mail.received()).hasSize(quarantined + 1);
    }
    assertThat(data.resolve("postgres/PG_VERSION")).exists();
    assertThat(Files.list(data.resolve("demo-bank/sftp/outbox/.done"))).hasSize(3);

    try (ConfigurableApplicationContext hub = start()) {
      JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
      assertThat(
              jdbc.queryForList(
                  "select original_name || ':' || status from inbound_file order by original_name",
                  String.class))
          .containsExactlyElementsOf(firstRun);
    }
  }

  private ConfigurableApplicationContext start() {
    return SpringApplication.run(
        ArhubApplication.class,
        "--server.port=0",
        "--arhub.data-dir=" + data,
        "--arhub.demo.sftp-port=0",
        "--arhub.demo.smtp-port=0",
        "--arhub.admin.password=test-secret");
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(int port, String path, String user, String password)
      throws Exception {
    String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
