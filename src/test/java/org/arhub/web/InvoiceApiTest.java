package org.arhub.web;

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
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ERP's API: customer master data by id; invoices as canonical JSON with the ERP's document id,
 * idempotent by it (same content: 200 with what was stored; other content: 409 naming the id); a
 * bad invoice refused with every problem and listed for operations.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoiceApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVOICE =
      """
      { "documentId": "%s", "type": "invoice", "issueDate": "2026-11-23", "currency": "EUR",
        "terms": "2/10 NET 30", "buyerReference": "PO-4711",
        "seller": { "name": "Arhub Demo GmbH", "vatId": "DE123456789" },
        "buyer": { "id": "C100", "name": "Muster GmbH" },
        "lines": [ { "id": "1", "description": "Widget", "quantity": "2", "unit": "EA",
                     "unitPrice": "%s", "taxCategory": "S", "taxRate": "19" } ],
        "totals": { "net": "100.00", "tax": "19.00", "gross": "119.00", "payable": "119.00" } }
      """;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-invoice-api");
    Path partners = Files.createDirectories(work.resolve("partners"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("invoice_api"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.demo.enabled", () -> "false");
    registry.add("arhub.admin.password", () -> "s3cret");
  }

  @BeforeEach
  void customer() throws Exception {
    HttpResponse<String> put =
        send(
            "PUT",
            "/api/v1/customers/C100",
            """
            { "name": "Muster GmbH", "vatId": "DE811111111", "peppolId": "0088:4035811991014",
              "country": "DE", "language": "de", "channels": ["peppol", "email"],
              "emails": ["ap@muster.example"], "terms": "NET 30" }
            """);
    assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
  }

  @Test
  void theSameDocumentTwiceIsStoredOnceAndChangedContentIsAConflict() throws Exception {
    HttpResponse<String> first =
        send("POST", "/api/v1/invoices", INVOICE.formatted("ERP-1", "50.00"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode stored = JSON.readTree(first.body());
    String number = stored.get("number").asText();
    assertThat(number).matches("INV-2026-\\d{6}");
    assertThat(stored.at("/invoice/dueDate").asText()).isEqualTo("2026-12-23");
    assertThat(stored.at("/invoice/buyer/endpointId").asText()).isEqualTo("0088:4035811991014");
    assertThat(stored.get("deliveryState").asText()).isEqualTo("PENDING");

    HttpResponse<String> again =
        send("POST", "/api/v1/invoices", INVOICE.formatted("ERP-1", "50.00"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("number").asText()).isEqualTo(number);

    HttpResponse<String> changed =
        send(
            "POST",
            "/api/v1/invoices",
            INVOICE.formatted("ERP-1", "50.0000").replace("\"2\"", "\"2.0\""));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(changed.body()).get("error").asText())
        .startsWith("documentId ERP-1 was stored before as " + number + " with other content");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from invoice where erp_document_id = 'ERP-1'", Integer.class))
        .isEqualTo(1);
    HttpResponse<String> get = send("GET", "/api/v1/invoices/" + number, null);
    assertThat(JSON.readTree(get.body()).get("documentId").asText()).isEqualTo("ERP-1");
  }

  @Test
  void aBadInvoiceIsRefusedWithEveryProblemAndListed() throws Exception {
    HttpResponse<String> refused =
        send(
            "POST",
            "/api/v1/invoices",
            INVOICE
                .formatted("ERP-BAD", "49.999")
                .replace("\"C100\"", "\"C999\"")
                .replace("\"19.00\"", "\"19.50\""));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonNode problems = JSON.readTree(refused.body()).get("problems");
    assertThat(problems.findValuesAsText("problem"))
        .containsExactly(
            "unknown customer C999 (send its master data first)",
            "totals.tax 19.50 != 19.00 computed per rate (S 19% of 100.00 = 19.00)",
            "totals.gross 119.00 != net + tax 119.50");
    JsonNode rejected = JSON.readTree(send("GET", "/api/v1/invoices/rejected", null).body());
    assertThat(rejected.findValuesAsText("documentId")).contains("ERP-BAD");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from invoice where erp_document_id = 'ERP-BAD'", Integer.class))
        .isZero();
  }

  @Test
  void aBodyThatIsNotTheCanonicalJsonIsA400NamingWhere() throws Exception {
    HttpResponse<String> noId = send("POST", "/api/v1/invoices", "{\"issueDate\":\"2026-11-23\"}");
    assertThat(noId.statusCode()).isEqualTo(400);
    assertThat(noId.body()).contains("$.documentId: required");
    HttpResponse<String> badDate =
        send(
            "POST",
            "/api/v1/invoices",
            INVOICE.formatted("ERP-X", "50.00").replace("2026-11-23", "23.11.2026"));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("$.issueDate: '23.11.2026' is not a date");
    HttpResponse<String> badCustomer =
        send("PUT", "/api/v1/customers/C5", "{\"name\":\"X\",\"channels\":[\"peppol\"]}");
    assertThat(badCustomer.statusCode()).isEqualTo(422);
    assertThat(badCustomer.body()).contains("channel peppol needs a Peppol participant id");
  }

  @Test
  void withoutLoginNothingIsTaken() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/invoices"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(INVOICE.formatted("ERP-ANON", "50.00")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void anInvoiceThatCannotBeRenderedIsHeldPerChannelWithTheReason() throws Exception {
    // the seller has no address: no e-invoice can be made, so both channels are held, not sent
    HttpResponse<String> posted =
        send("POST", "/api/v1/invoices", INVOICE.formatted("ERP-HELD", "50.00"));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String number = JSON.readTree(posted.body()).get("number").asText();
    org.arhub.testsupport.Eventually.waitUntil(
        () -> send("GET", "/api/v1/invoices/" + number + "/deliveries", null).statusCode() == 200);
    JsonNode deliveries =
        JSON.readTree(send("GET", "/api/v1/invoices/" + number + "/deliveries", null).body());
    assertThat(deliveries).hasSize(2);
    for (JsonNode delivery : deliveries) {
      assertThat(delivery.get("channel").asText()).isIn("EMAIL", "PEPPOL_FOLDER");
      assertThat(delivery.get("status").asText()).isEqualTo("HELD");
      assertThat(delivery.get("reason").asText())
          .startsWith("invoice " + number + ": the ")
          .contains("rendering is refused")
          .contains("country");
    }
    long id = deliveries.get(0).get("id").asLong();
    HttpResponse<String> retry =
        send("POST", "/api/v1/invoice-deliveries/" + id + "/retry", "{\"reason\": \"x\"}");
    assertThat(retry.statusCode()).isEqualTo(409);
    assertThat(send("GET", "/api/v1/invoices/NO-SUCH/deliveries", null).statusCode())
        .isEqualTo(404);
    // dispatched again (the cause is not fixed): still held, still one delivery per channel
    HttpResponse<String> again =
        send("POST", "/api/v1/invoices/" + number + "/dispatch", "{\"reason\": \"seller data\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    org.arhub.testsupport.Eventually.waitUntil(
        () ->
            "PLANNED"
                .equals(
                    jdbc.queryForObject(
                        "select delivery_state from invoice where number = ?",
                        String.class,
                        number)));
    assertThat(
            jdbc.queryForList(
                "select d.status from invoice_delivery d join invoice i on i.id = d.invoice_id"
                    + " where i.number = ?",
                String.class,
                number))
        .containsExactly("HELD", "HELD");
    assertThat(send("POST", "/api/v1/invoices/NO-SUCH/dispatch", null).statusCode()).isEqualTo(409);
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    String credentials =
        Base64.getEncoder().encodeToString("arhub:s3cret".getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/json");
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
