package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.formats.x12.X12InvoiceReader;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.arhub.store.OutboundFileStore;
import org.arhub.testsupport.TestDatabase;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recorded outbound files reach the partner's SFTP outbox, complete, once; undeliverable ones wait
 * FAILED.
 */
// its SFTP servers stop after the class, so its routes must too
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OutboundDeliveryTest {
  private static EmbeddedSftpServer customer;

  @Autowired OutboundFileStore outbound;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired X12InvoiceDelivery invoices;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-outbound-test");
    customer = EmbeddedSftpServer.start(work.resolve("acme"), 0, work.resolve("keys"), "hub");
    Path partners = Files.createDirectories(work.resolve("partners"));
    String withOutbox =
        TestPartners.sftpBank(
                    "acme", customer, customer.hostKeyLine(), "remittances", "to-arhub", "x12-820")
                .replace("kind: bank", "kind: customer")
                .replace("  hostKey:", "  outboundDirectory: from-arhub\n  hostKey:")
            + "edi:\n  isaQualifier: ZZ\n  isaId: ACMERETAIL\n";
    Files.writeString(partners.resolve("acme.yaml"), withOutbox);
    Files.writeString(
        partners.resolve("no-outbox.yaml"),
        """
        id: no-outbox
        name: A customer without an SFTP outbox
        kind: customer
        """);
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("outbound"));
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
  }

  @AfterAll
  static void stop() throws IOException {
    customer.close();
  }

  private long enqueue(String partner, String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
    return tx.execute(s -> outbound.enqueue(partner, "997", name, bytes, null, 1L));
  }

  @Test
  void aRecordedFileArrivesInThePartnersOutboxComplete() throws Exception {
    enqueue("acme", "manual-1.edi", "ISA*00*...~");
    Path delivered = customer.rootDir().resolve("from-arhub/manual-1.edi");
    waitUntil(() -> Files.exists(delivered));
    assertThat(Files.readString(delivered)).isEqualTo("ISA*00*...~");
    waitUntil(() -> outbound.statuses("acme").contains("manual-1.edi:SENT"));
    assertThat(customer.rootDir().resolve("from-arhub/manual-1.edi.part")).doesNotExist();
  }

  @Test
  void aFileForAPartnerWithoutOutboxWaitsFailedWithOneAlert() throws Exception {
    enqueue("no-outbox", "manual-2.edi", "ISA*00*...~");
    waitUntil(() -> outbound.statuses("no-outbox").contains("manual-2.edi:FAILED"));
    Thread.sleep(2500); // a further delivery round must not alert again
    assertThat(
            jdbc.queryForObject(
                "select reason from outbound_file where file_name = 'manual-2.edi'", String.class))
        .isEqualTo("partner no-outbox has no outbound route (sftp.outboundDirectory is not set)");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from alert where kind = 'OUTBOUND_FAILED'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void anX12RemittanceDroppedByTheCustomerIsStoredAndAcknowledgedInItsOutbox() throws Exception {
    Path inbox = Files.createDirectories(customer.rootDir().resolve("to-arhub"));
    Path tmp = customer.rootDir().resolve("remit.tmp");
    try (var in =
        getClass().getResourceAsStream("/formats/x12/820-004010-standard-delimiters.edi")) {
      Files.copy(in, tmp);
    }
    Files.move(tmp, inbox.resolve("remit-20261120.edi"));

    waitUntil(
        () -> jdbc.queryForObject("select count(*) from remittance_advice", Integer.class) == 1);
    assertThat(
            jdbc.queryForObject(
                "select advice_id || ' ' || total_amount || ' ' || currency from remittance_advice",
                String.class))
        .isEqualTo("TRACE-0001 1550.0000 USD");
    assertThat(
            jdbc.queryForList(
                "select invoice_ref from remittance_line order by line_no", String.class))
        .hasSize(2)
        .first()
        .isEqualTo("INV-1001");
    assertThat(
            jdbc.queryForObject(
                "select status from inbound_file where original_name = 'remit-20261120.edi'",
                String.class))
        .isEqualTo("PARSED");

    Path acks = customer.rootDir().resolve("from-arhub");
    waitUntil(
        () ->
            Files.isDirectory(acks)
                && Files.list(acks).anyMatch(p -> p.getFileName().toString().startsWith("997-")));
    Path ack =
        Files.list(acks)
            .filter(p -> p.getFileName().toString().startsWith("997-"))
            .findFirst()
            .orElseThrow();
    String text = Files.readString(ack);
    assertThat(text)
        .startsWith("ISA*00*          *00*          *ZZ*ARHUB          *ZZ*ACMERETAIL     *")
        .contains("AK1*RA*1001~AK2*820*0001~AK5*A~AK9*A*1*1*1~");
    assertThat(jdbc.queryForObject("select count(*) from edi_interchange", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void theCustomers997SetsTheDeliveryStatusOfOur810() throws Exception {
    Invoice invoice;
    try (var in = getClass().getResourceAsStream("/formats/x12/invoices/standard.json")) {
      invoice = InvoiceJson.read(in);
    }
    invoices.send("acme", invoice);
    long group =
        jdbc.queryForObject(
            "select max(group_control) from outbound_file where kind = '810' and partner_id = 'acme'",
            Long.class);
    String rejection =
        ("ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*ARHUB          *261123*1200*U*00401*000000077*0*P*>~"
                + "GS*FA*ACMERETAIL*ARHUB*20261123*1200*77*X*004010~ST*997*0001~AK1*IN*%d~AK2*810*0001~AK5*R*5~"
                + "AK9*R*1*1*0~SE*6*0001~GE*1*77~IEA*1*000000077~")
            .formatted(group);
    Path inbox = Files.createDirectories(customer.rootDir().resolve("to-arhub"));
    Files.writeString(customer.rootDir().resolve("ack.tmp"), rejection);
    Files.move(customer.rootDir().resolve("ack.tmp"), inbox.resolve("997-from-acme.edi"));

    waitUntil(
        () ->
            "PARSED"
                .equals(
                    jdbc.queryForObject(
                        "select coalesce(max(status), '') from inbound_file where original_name = '997-from-acme.edi'",
                        String.class)));
    var row =
        jdbc.queryForMap(
            "select acknowledgment, acknowledgment_detail from outbound_file where group_control = ? and kind = '810'"
                + " and partner_id = 'acme'",
            group);
    assertThat(row.get("acknowledgment")).isEqualTo("REJECTED");
    assertThat((String) row.get("acknowledgment_detail")).startsWith("set 0001: 5 ");
  }

  @Test
  void aBrokenAcknowledgmentIsQuarantinedWithItsReason() throws Exception {
    Path inbox = Files.createDirectories(customer.rootDir().resolve("to-arhub"));
    Files.writeString(
        customer.rootDir().resolve("bad.tmp"),
        "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*ARHUB          *261123*1200*U*00401*000000078*0*P*>~"
            + "GS*FA*ACMERETAIL*ARHUB*20261123*1200*78*X*004010~ST*997*0001~AK1*IN*1~");
    Files.move(customer.rootDir().resolve("bad.tmp"), inbox.resolve("997-cut-off.edi"));
    waitUntil(
        () ->
            "QUARANTINED"
                .equals(
                    jdbc.queryForObject(
                        "select coalesce(max(status), '') from inbound_file where original_name = '997-cut-off.edi'",
                        String.class)));
    assertThat(
            jdbc.queryForObject(
                "select reason from inbound_file where original_name = '997-cut-off.edi'",
                String.class))
        .startsWith("997-cut-off.edi");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from file_content c join inbound_file f using (sha256)"
                    + " where f.original_name = '997-cut-off.edi'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void anInvoiceLeavesAsAValidated810WithTheNextControlNumbersAndReadsBack() throws Exception {
    Invoice invoice;
    try (var in = getClass().getResourceAsStream("/formats/x12/invoices/standard.json")) {
      invoice = InvoiceJson.read(in);
    }
    long first = invoices.send("acme", invoice);
    long second = invoices.send("acme", invoice);
    assertThat(second).isEqualTo(first + 1);

    Path sent =
        customer
            .rootDir()
            .resolve(String.format("from-arhub/810-%s-%09d.edi", invoice.number(), first));
    waitUntil(() -> Files.exists(sent));
    String text = Files.readString(sent);
    assertThat(text)
        .startsWith("ISA*00*          *00*          *ZZ*ARHUB          *ZZ*ACMERETAIL     *")
        .contains(String.format("*%09d*", first));
    List<Invoice> back =
        new X12InvoiceReader().read(sent.getFileName().toString(), Files.newInputStream(sent));
    assertThat(back)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.number()).isEqualTo(invoice.number());
              assertThat(b.totals().payable()).isEqualByComparingTo(invoice.totals().payable());
              assertThat(b.lines()).hasSameSizeAs(invoice.lines());
            });
  }
}
