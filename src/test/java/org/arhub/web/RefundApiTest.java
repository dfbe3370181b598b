package org.arhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.store.CashApplicationStore;
import org.arhub.store.CashApplicationStore.ManualAllocation;
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
 * The accountant refunds a customer's cash on account over the API: a retried request (same
 * Idempotency-Key) refunds once, more than the balance is refused, who and why are audit-logged;
 * and closes a dispute a deduction opened, which moves it back from disputed receivables.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefundApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CashApplicationStore cash;
  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-refund-api");
    Path partners = Files.createDirectories(work.resolve("partners"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("refund_api"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.admin.password", () -> "s3cret");
  }

  /**
   * C1 paid 150.00 for INV-1 (100.00): 50.00 on account; INV-2 (80.00) paid 60.00, 20.00 disputed.
   */
  private void customerWithCashOnAccountAndADispute() {
    jdbc.update("insert into customer(id, name) values ('C1', 'ACME')");
    for (String[] invoice :
        List.of(new String[] {"INV-1", "100.00"}, new String[] {"INV-2", "80.00"})) {
      jdbc.update(
          """
          insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
          values (?, 'C1', 'EUR', date '2026-11-01', date '2026-12-01', ?)""",
          invoice[0],
          new BigDecimal(invoice[1]));
    }
    jdbc.update(
        "insert into partner(id, name, kind, config) values ('bank', 'Bank', 'BANK', '{}')");
    jdbc.update(
        "insert into file_content(sha256, size, bytes) values (repeat('a', 64), 1, 'x'::bytea)");
    long file =
        jdbc.queryForObject(
            """
            insert into inbound_file(partner_id, feed, original_name, size, sha256, status, format)
            values ('bank', 'statements', 'stmt.xml', 1, repeat('a', 64), 'PARSED', 'camt.053') returning id""",
            Long.class);
    long statement =
        jdbc.queryForObject(
            """
            insert into bank_statement(inbound_file_id, partner_id, account, currency, statement_id, kind)
            values (?, 'bank', 'DE89370400440532013000', 'EUR', 'STMT-1', 'camt.053') returning id""",
            Long.class,
            file);
    long payment =
        jdbc.queryForObject(
            """
            insert into bank_payment(statement_id, inbound_file_id, partner_id, account, payment_id, amount, currency,
                                     direction, booking_date, value_date, status)
            values (?, ?, 'bank', 'DE89370400440532013000', 'PAY-1', 210.00, 'EUR', 'CREDIT', date '2026-11-20',
                    date '2026-11-20', 'EXCEPTION')
            returning id""",
            Long.class,
            statement,
            file);
    cash.applyManually(
        payment,
        List.of(
            new ManualAllocation(
                "INV-1",
                new BigDecimal("100.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                Optional.empty()),
            new ManualAllocation(
                "INV-2",
                new BigDecimal("60.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("20.00"),
                Optional.of("x12:01 pricing"))),
        new BigDecimal("50.00"),
        Optional.of("C1"),
        "alice",
        "as the customer's letter says");
  }

  @Test
  void anAccountantRefundsCashOnAccountOnceAndClosesADispute() throws Exception {
    customerWithCashOnAccountAndADispute();
    String body = "{\"amount\": \"30.00\", \"currency\": \"EUR\", \"reason\": \"customer asked\"}";

    HttpResponse<String> first = post("/api/v1/customers/C1/refunds", body, "R-1");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode refund = JSON.readTree(first.body());
    assertThat(refund.get("postingId").asText()).isEqualTo("refund:C1:R-1");
    assertThat(refund.get("refundedBy").asText()).isEqualTo("arhub");

    HttpResponse<String> retry = post("/api/v1/customers/C1/refunds", body, "R-1");
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(JSON.readTree(retry.body()).get("id").asLong()).isEqualTo(refund.get("id").asLong());
    assertThat(JSON.readTree(retry.body()).get("replayed").asBoolean()).isTrue();

    HttpResponse<String> tooMuch =
        post(
            "/api/v1/customers/C1/refunds",
            "{\"amount\": \"20.01\", \"currency\": \"EUR\", \"reason\": \"rest\"}",
            "R-2");
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body())
        .contains("customer C1 has 20.00 EUR on account: cannot refund 20.01");
    assertThat(post("/api/v1/customers/C1/refunds", body, null).statusCode()).isEqualTo(400);
    HttpResponse<String> reused =
        post(
            "/api/v1/customers/C1/refunds",
            "{\"amount\": \"5.00\", \"currency\": \"EUR\", \"reason\": \"x\"}",
            "R-1");
    assertThat(reused.statusCode()).isEqualTo(409);

    assertThat(get("/api/v1/customers/C1/on-account/EUR").get("onAccount").decimalValue())
        .isEqualByComparingTo("20.00");
    assertThat(get("/api/v1/customers/C1/refunds")).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from journal_entry where source = 'REFUND'", Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select actor from audit_log where action = 'cash.refund'", String.class))
        .isEqualTo("arhub");

    long dispute = jdbc.queryForObject("select id from dispute", Long.class);
    HttpResponse<String> close =
        post(
            "/api/v1/disputes/" + dispute + "/close",
            "{\"outcome\": \"REJECTED\", \"reason\": \"price was agreed\"}",
            null);
    assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select coalesce(sum(debit - credit), 0) from journal_line where account = '1150'",
                BigDecimal.class))
        .isEqualByComparingTo("0");
    assertThat(
            post(
                    "/api/v1/disputes/" + dispute + "/close",
                    "{\"outcome\": \"RESOLVED\", \"reason\": \"again\"}",
                    null)
                .statusCode())
        .isEqualTo(409);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> post(String path, String json, String idempotencyKey)
      throws Exception {
    HttpRequest.Builder request =
        authorised(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorised(String path) {
    String credentials =
        Base64.getEncoder().encodeToString("arhub:s3cret".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials);
  }
}
