package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.formats.ledger.LedgerCsv;
import org.arhub.store.MasterDataStore;
import org.arhub.testsupport.BankOutbox;
import org.arhub.testsupport.TestDatabase;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bank files and 820 remittances dropped on the in-process SFTP server end as applications in
 * PostgreSQL, whichever arrives first: an advice that comes after its payment turns the waiting
 * exception into an application; one that comes before waits for its payment. Every journal entry
 * balances, and a file dropped again applies nothing twice.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CashApplicationRouteTest {
  private static final Path APPLY = Path.of("src/test/resources/cashapp/apply");
  private static final Path ROUTE = Path.of("src/test/resources/cashapp/route");
  private static EmbeddedSftpServer bank;

  @Autowired JdbcTemplate jdbc;
  @Autowired CamelContext camel;
  @Autowired MasterDataStore masterData;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-cashapp-route");
    bank = EmbeddedSftpServer.start(work.resolve("bank"), 0, work.resolve("keys"), "hub");
    Path partners = Files.createDirectories(work.resolve("partners"));
    Files.writeString(
        partners.resolve("bank.yaml"),
        TestPartners.sftpBank("test-bank", bank, bank.hostKeyLine(), "all", "outbox", "auto"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("cashapp_route"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.cash-application.period-millis", () -> "500");
  }

  @AfterAll
  static void stop() throws IOException {
    bank.close();
  }

  @BeforeEach
  void ledger() throws IOException {
    masterData.load(
        LedgerCsv.readCustomers(APPLY.resolve("customers.csv")),
        LedgerCsv.readInvoices(APPLY.resolve("invoices.csv")));
  }

  @Test
  void anAdviceArrivingAfterItsPaymentTurnsTheExceptionIntoAnApplication() throws Exception {
    drop(APPLY.resolve("statement.camt053.xml"), "statement-1.xml");
    waitUntil(
        () ->
            "EXCEPTION".equals(status("T01"))
                && count("bank_payment where status = 'UNAPPLIED'") == 0);
    assertThat(status("T02")).isEqualTo("APPLIED");
    assertThat(status("T06")).isEqualTo("EXCEPTION");

    drop(APPLY.resolve("remittance.820"), "remit-1.edi");
    waitUntil(() -> "APPLIED".equals(status("T01")));

    assertThat(applications("T01"))
        .containsExactlyInAnyOrder("INV-1001 980.00 20.00 0.00", "INV-1002 570.00 0.00 0.00");
    assertThat(
            jdbc.queryForObject(
                "select d.amount::numeric(19, 2) || ' ' || d.reason_code || ' ' || d.category from dispute d join invoice i on i.id = d.invoice_id where i.number = 'INV-1002'",
                String.class))
        .isEqualTo("30.00 01 pricing");
    assertThat(open("INV-1001")).isEqualTo("0.00");
    assertThat(open("INV-1002")).isEqualTo("30.00");
    assertThat(unbalancedEntries()).isEmpty();

    // The same statement again, under another name: nothing more is applied.
    int before = count("payment_application");
    int entries = count("journal_entry");
    drop(APPLY.resolve("statement.camt053.xml"), "statement-1-again.xml");
    waitUntil(
        () ->
            fileStatus("statement-1-again.xml") != null
                && !"RECEIVED".equals(fileStatus("statement-1-again.xml")));
    NotifyBuilder threeTicks =
        new NotifyBuilder(camel).fromRoute("cash-application").whenDone(3).create();
    assertThat(threeTicks.matches(20, TimeUnit.SECONDS)).isTrue();
    assertThat(count("payment_application")).isEqualTo(before);
    assertThat(count("journal_entry")).isEqualTo(entries);
  }

  @Test
  void anAdviceArrivingBeforeItsPaymentWaitsForIt() throws Exception {
    drop(ROUTE.resolve("early-remittance.820"), "remit-2.edi");
    waitUntil(
        () ->
            count(
                    "remittance_advice where advice_id is not null and payment_reference = 'TRACE-0002'")
                == 1);

    drop(ROUTE.resolve("late-statement.camt053.xml"), "statement-2.xml");
    waitUntil(() -> "APPLIED".equals(status("T20")));

    assertThat(applications("T20")).containsExactly("INV-5004 1234.00 0.00 0.00");
    Map<String, Object> decision =
        jdbc.queryForMap(
            "select rule, outcome, evidence::text as evidence from cash_decision d join bank_payment p on p.id = d.bank_payment_id where p.payment_id = 'T20' order by d.id desc limit 1");
    assertThat(decision.get("rule")).isEqualTo("REMITTANCE_LINES");
    assertThat((String) decision.get("evidence")).contains("INV-5004");
    assertThat(
            jdbc.queryForObject(
                "select bank_payment_id is not null from remittance_advice where payment_reference = 'TRACE-0002'",
                Boolean.class))
        .isTrue();
    assertThat(unbalancedEntries()).isEmpty();
  }

  private void drop(Path source, String name) throws IOException {
    BankOutbox.drop(bank, name, Files.readAllBytes(source));
  }

  private String status(String paymentId) {
    return BankOutbox.paymentStatus(jdbc, paymentId);
  }

  private String fileStatus(String name) {
    List<String> found =
        jdbc.queryForList(
            "select status from inbound_file where original_name = ?", String.class, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private List<String> applications(String paymentId) {
    return jdbc.queryForList(
        """
        select i.number || ' ' || a.amount::numeric(19, 2) || ' ' || a.discount_amount::numeric(19, 2) || ' ' || a.write_off_amount::numeric(19, 2)
        from payment_application a join invoice i on i.id = a.invoice_id join bank_payment p on p.id = a.bank_payment_id
        where p.payment_id = ? and a.reversal_of is null""",
        String.class,
        paymentId);
  }

  private String open(String invoice) {
    return jdbc.queryForObject(
        "select open_amount::numeric(19, 2)::text from invoice_balance where number = ?",
        String.class,
        invoice);
  }

  private List<Long> unbalancedEntries() {
    return jdbc.queryForList(
        "select entry_id from journal_line group by entry_id, currency having sum(debit) <> sum(credit)",
        Long.class);
  }

  private int count(String tableAndCondition) {
    return BankOutbox.count(jdbc, tableAndCondition);
  }
}
