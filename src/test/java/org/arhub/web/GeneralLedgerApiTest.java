package org.arhub.web;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub starts with the chart of accounts and the GL export mapping, journals invoices and writes
 * the batches into the GL folder by itself; the accountant acknowledges a batch, closes a period
 * (audit-logged) and reads the reconciliation against an uploaded GL balance report.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneralLedgerApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path glFolder;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-gl-api");
    glFolder = work.resolve("gl");
    Path partners = Files.createDirectories(work.resolve("partners"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("gl_api"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.admin.password", () -> "s3cret");
    registry.add("arhub.gl.folder", glFolder::toString);
    registry.add("arhub.gl.period-millis", () -> "300");
  }

  @Test
  void batchesLeaveByThemselvesAndTheAccountantClosesAndReconciles() throws Exception {
    jdbc.update("insert into customer(id, name) values ('C1', 'ACME')");
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
        values ('INV-1', 'C1', 'EUR', date '2026-10-05', date '2026-11-05', 119.00)""");
    waitUntil(
        () ->
            jdbc.queryForObject(
                    "select count(*) from gl_export_batch where status = 'SENT'", Integer.class)
                == 1);
    JsonNode batch = get("/api/v1/gl/batches?period=2026-10").get(0);
    String id = batch.get("id").asText();
    assertThat(Files.exists(glFolder.resolve(id + ".csv"))).isTrue();
    assertThat(Files.exists(glFolder.resolve(id + ".json"))).isTrue();

    HttpResponse<String> ack =
        post(
            "/api/v1/gl/batches/" + id + "/acknowledgement",
            "{\"accepted\": true, \"glReference\": \"JE-1\"}");
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);

    HttpResponse<String> close =
        post("/api/v1/gl/periods/2026-10/close", "{\"reason\": \"October closed\"}");
    assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
    assertThat(JSON.readTree(close.body()).get("status").asText()).isEqualTo("CLOSED");
    assertThat(post("/api/v1/gl/periods/2026-10/close", "{\"reason\": \"again\"}").statusCode())
        .isEqualTo(409);
    assertThat(post("/api/v1/gl/periods/October/close", "{\"reason\": \"x\"}").statusCode())
        .isEqualTo(400);
    assertThat(
            jdbc.queryForObject(
                "select actor from audit_log where action = 'CLOSE_PERIOD' and entity_id = '2026-10'",
                String.class))
        .isEqualTo("arhub");

    HttpResponse<String> upload =
        send(
            authorised("/api/v1/gl/balances?name=gl-oct.csv")
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "Account,Currency,Period,Balance\n1100,EUR,2026-10,119.00\n"))
                .build());
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);

    JsonNode report = get("/api/v1/gl/reconciliation?period=2026-10");
    assertThat(report.get("reconciled").asBoolean()).as(report.toString()).isTrue();
    assertThat(get("/api/v1/gl/periods").get(0).get("period").asText()).isEqualTo("2026-10");

    // an invoice whose lines do not add up is refused, once, and listed with the reason
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
        values ('INV-BAD', 'C1', 'EUR', date '2026-11-06', date '2026-12-06', 50.00)""");
    jdbc.update(
        "insert into invoice_line(invoice_id, line_no, description, amount, tax_amount)"
            + " select id, 1, 'x', 40, 0 from invoice where number = 'INV-BAD'");
    waitUntil(
        () ->
            jdbc.queryForObject("select count(*) from invoice_journal_refusal", Integer.class)
                == 1);
    JsonNode refusal = get("/api/v1/gl/refusals").get(0);
    assertThat(refusal.get("number").asText()).isEqualTo("INV-BAD");
    assertThat(refusal.get("reason").asText())
        .isEqualTo(
            "invoice INV-BAD: lines add up to 40.00 (net + tax) but the document's total is 50.00 EUR");
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = send(authorised(path).GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return send(
        authorised(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorised(String path) {
    String credentials =
        Base64.getEncoder().encodeToString("arhub:s3cret".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials);
  }
}
