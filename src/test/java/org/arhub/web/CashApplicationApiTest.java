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
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.formats.ledger.LedgerCsv;
import org.arhub.store.MasterDataStore;
import org.arhub.testsupport.BankOutbox;
import org.arhub.testsupport.TestDatabase;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The accountant's API on real files and a real database: the exception queue shows candidates and
 * evidence; a manual application is posted, audited and learned, so the payer's next payment is
 * applied without a person; an unapply reverses; a decision that does not add up is refused.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CashApplicationApiTest {
  private static final Path APPLY = Path.of("src/test/resources/cashapp/apply");
  private static final String UNKNOWN_ACCOUNT = "NL91ABNA0417164300";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbeddedSftpServer bank;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired MasterDataStore masterData;
  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-cashapp-api");
    bank = EmbeddedSftpServer.start(work.resolve("bank"), 0, work.resolve("keys"), "hub");
    Path partners = Files.createDirectories(work.resolve("partners"));
    Files.writeString(
        partners.resolve("bank.yaml"),
        TestPartners.sftpBank("test-bank", bank, bank.hostKeyLine(), "all", "outbox", "auto"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("cashapp_api"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.admin.password", () -> "s3cret");
    registry.add("arhub.cash-application.period-millis", () -> "500");
  }

  @AfterAll
  static void stop() throws IOException {
    bank.close();
  }

  @Test
  void anAccountantResolvesAnExceptionAndTheEngineLearnsFromIt() throws Exception {
    masterData.load(
        LedgerCsv.readCustomers(APPLY.resolve("customers.csv")),
        LedgerCsv.readInvoices(APPLY.resolve("invoices.csv")));
    drop(Files.readString(APPLY.resolve("statement.camt053.xml")), "statement.xml");
    waitUntil(
        () ->
            "EXCEPTION".equals(status("T06"))
                && count("bank_payment where status = 'UNAPPLIED'") == 0);

    JsonNode queue = get("/api/v1/exceptions");
    JsonNode t06 = find(queue, "T06");
    assertThat(t06.get("reason").asText()).isEqualTo("no rule found an invoice");
    assertThat(t06.get("payerAccount").asText()).isEqualTo(UNKNOWN_ACCOUNT);
    JsonNode t09 = find(queue, "T09");
    assertThat(t09.get("candidates").get(0).get("invoices").get(0).asText()).isEqualTo("INV-4002");
    assertThat(t09.get("reason").asText()).contains("never applied automatically");
    assertThat(t06.get("evidence").get(0).asText()).contains("not a known customer");
    long t06Id = t06.get("bankPaymentId").asLong();

    HttpResponse<String> tooMuch =
        post(
            "/api/v1/payments/" + t06Id + "/apply",
            """
            {"allocations": [{"invoice": "INV-5004", "amount": "100.00"}], "reason": "customer called"}""");
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("77.70");

    HttpResponse<String> applied =
        post(
            "/api/v1/payments/" + t06Id + "/apply",
            """
            {"allocations": [{"invoice": "INV-5004", "amount": "77.70"}],
             "reason": "Borg's new account, per phone call"}""");
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    assertThat(status("T06")).isEqualTo("APPLIED");
    assertThat(
            jdbc.queryForObject(
                "select actor || ' ' || action from audit_log where action like 'cash.%' order by id desc limit 1",
                String.class))
        .isEqualTo("arhub cash.apply");
    assertThat(
            jdbc.queryForObject(
                "select customer_id || ' ' || source from customer_bank_account where account_identifier = ?",
                String.class,
                UNKNOWN_ACCOUNT))
        .isEqualTo("C300 LEARNED");

    // Learned: the same payer's next payment, without any reference, is applied by the engine.
    drop(statementPaying("T30", "1156.30", UNKNOWN_ACCOUNT), "statement-2.xml");
    waitUntil(() -> status("T30") != null && !"UNAPPLIED".equals(status("T30")));
    assertThat(status("T30")).isEqualTo("APPLIED");
    assertThat(open("INV-5004")).isEqualTo("0.00");

    long t02Id =
        jdbc.queryForObject("select id from bank_payment where payment_id = 'T02'", Long.class);
    HttpResponse<String> unapplied =
        post("/api/v1/payments/" + t02Id + "/unapply", "{\"reason\": \"wrong invoice\"}");
    assertThat(unapplied.statusCode()).as(unapplied.body()).isEqualTo(200);
    assertThat(status("T02")).isEqualTo("EXCEPTION");
    assertThat(open("INV-2026-0042")).isEqualTo("1020.00");
    assertThat(count("payment_application where reversal_of is not null")).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "select entry_id from journal_line group by entry_id, currency having sum(debit) <> sum(credit)",
                Long.class))
        .isEmpty();

    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exceptions"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  private static String statementPaying(String paymentId, String amount, String account) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>API-%1$s</MsgId><CreDtTm>2026-11-21T20:00:00+01:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>STMT-%1$s</Id>
              <Acct><Id><IBAN>DE44500105175407324931</IBAN></Id><Ccy>EUR</Ccy></Acct>
              <Ntry>
                <Amt Ccy="EUR">%2$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-11-21</Dt></BookgDt><AcctSvcrRef>E-%1$s</AcctSvcrRef>
                <NtryDtls><TxDtls>
                  <Refs><AcctSvcrRef>%1$s</AcctSvcrRef></Refs>
                  <Amt Ccy="EUR">%2$s</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                  <RltdPties><Dbtr><Pty><Nm>B. Industries</Nm></Pty></Dbtr>
                    <DbtrAcct><Id><IBAN>%3$s</IBAN></Id></DbtrAcct></RltdPties>
                </TxDtls></NtryDtls>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """
        .formatted(paymentId, amount, account);
  }

  private String open(String invoice) {
    return jdbc.queryForObject(
        "select open_amount::numeric(19, 2)::text from invoice_balance where number = ?",
        String.class,
        invoice);
  }

  private static JsonNode find(JsonNode queue, String paymentId) {
    for (JsonNode item : queue) {
      if (item.get("paymentId").asText().equals(paymentId)) {
        return item;
      }
    }
    throw new AssertionError(paymentId + " is not in the exception queue: " + queue);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        authorised(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorised(String path) {
    String credentials =
        Base64.getEncoder().encodeToString("arhub:s3cret".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials);
  }

  private void drop(String content, String name) throws IOException {
    BankOutbox.drop(bank, name, content.getBytes(StandardCharsets.UTF_8));
  }

  private String status(String paymentId) {
    return BankOutbox.paymentStatus(jdbc, paymentId);
  }

  private int count(String tableAndCondition) {
    return BankOutbox.count(jdbc, tableAndCondition);
  }
}
