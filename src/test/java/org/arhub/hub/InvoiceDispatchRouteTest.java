package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.arhub.demo.EmbeddedSftpServer;
import org.arhub.formats.einvoice.EInvoiceValidator;
import org.arhub.formats.einvoice.ValidationReport;
import org.arhub.formats.facturx.FacturX;
import org.arhub.testsupport.TestDatabase;
import org.arhub.testsupport.TestPartners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole way out: an ERP invoice file on the in-process SFTP server is checked, numbered and
 * stored, rendered for the customer's channels, validated with the official rules, and ends as a
 * mail with the Factur-X PDF attached (in-process SMTP server) and a Peppol UBL file in the
 * customer's SFTP folder. Deliveries committed while the hub is down leave once after restart.
 */
@CamelSpringBootTest
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceDispatchRouteTest {
  private static EmbeddedSftpServer sftp;
  private static GreenMail smtp;

  @Autowired CamelContext camel;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    Path work = Files.createTempDirectory("arhub-invoice-dispatch");
    sftp = EmbeddedSftpServer.start(work.resolve("sftp"), 0, work.resolve("keys"), "hub");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Path partners = Files.createDirectories(work.resolve("partners"));
    Files.writeString(
        partners.resolve("test-erp.yaml"),
        """
        id: test-erp
        name: Test ERP
        kind: erp
        sftp:
          host: 127.0.0.1
          port: %d
          user: %s
          privateKeyFile: %s
          hostKey: "%s"
        feeds:
          - name: customers
            directory: erp/customers
            erpLayout: demo-erp-customers-csv
            pollDelay: 200ms
          - name: invoices
            directory: erp/invoices
            erpLayout: demo-erp-invoices-csv
            pollDelay: 200ms
        """
            .formatted(sftp.port(), sftp.username(), sftp.clientKeyFile(), sftp.hostKeyLine()));
    // the customer: its SFTP drop for the hub's files is the same test server's "muster/in"
    Files.writeString(
        partners.resolve("muster.yaml"),
        TestPartners.sftpBank(
                "muster", sftp, sftp.hostKeyLine(), "remittances", "muster/out", "x12-820")
            .replace("kind: bank", "kind: customer")
            .replace("  hostKey:", "  outboundDirectory: muster/in\n  hostKey:"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("invoice_dispatch"));
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> port);
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.invoice-delivery.mail-from", () -> "billing@arhub-demo.example");
  }

  @AfterAll
  static void stop() throws IOException {
    smtp.stop();
    sftp.close();
  }

  private static final String CUSTOMERS =
      "customer_id,name,parent_id,vat_id,tax_id,peppol_id,street,city,zip,country,language,currency,terms,group,channels,emails\n"
          + "muster,Muster GmbH,,DE811111111,,0088:4035811991014,Ringstr. 5,Hamburg,20095,DE,de,EUR,"
          + "2/10 NET 30,,email;ubl-sftp,ap@muster.example\n";

  private static String invoices(String documentId, String po) {
    return "doc_id,doc_type,doc_date,customer_id,currency,terms,po_number,line_no,item_text,qty,uom,unit_price,tax_cat,tax_rate,line_net,total_net,total_tax,total_gross\n"
        + documentId
        + ",INV,2026-11-23,muster,EUR,2/10 NET 30,"
        + po
        + ",1,Widget,2,EA,50.00,S,19,100.00,130.00,24.70,154.70\n"
        + documentId
        + ",INV,2026-11-23,muster,EUR,2/10 NET 30,"
        + po
        + ",2,Service hour,1,HUR,30.00,S,19,30.00,130.00,24.70,154.70\n";
  }

  private static void drop(String directory, String name, String content) throws IOException {
    Path dir = Files.createDirectories(sftp.rootDir().resolve(directory));
    Path temp = sftp.rootDir().resolve(name + ".uploading");
    Files.writeString(temp, content);
    Files.move(temp, dir.resolve(name));
  }

  private String number(String documentId) {
    return jdbc
        .queryForList(
            "select number from invoice where erp_document_id = ?", String.class, documentId)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private List<String> deliveries(String number) {
    return jdbc.queryForList(
        """
        select d.channel || ' ' || d.status || coalesce(' ' || d.reason, '')
          from invoice_delivery d join invoice i on i.id = d.invoice_id
         where i.number = ? order by d.channel""",
        String.class,
        number);
  }

  @Test
  @Order(1)
  void anErpInvoiceEndsAsAMailWithItsFacturXAndAUblInTheCustomersFolder() throws Exception {
    drop("erp/customers", "customers.csv", CUSTOMERS);
    waitUntil(
        () ->
            jdbc.queryForObject("select count(*) from customer where id = 'muster'", Integer.class)
                == 1);
    drop("erp/invoices", "invoices-1.csv", invoices("SO-9001", "PO-4711"));
    waitUntil(() -> number("SO-9001") != null);
    String number = number("SO-9001");
    waitUntil(() -> deliveries(number).equals(List.of("EMAIL SENT", "SFTP SENT")));

    List<MimeMessage> mails = mailsAbout(number);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo("ap@muster.example");
    assertThat(mails.get(0).getSubject()).isEqualTo("Arhub Demo GmbH: Rechnung " + number);
    byte[] pdf = attachment(mails.get(0), number + ".pdf");
    ValidationReport embedded = EInvoiceValidator.shared().validate(number + ".pdf", pdf);
    assertThat(embedded.fatal()).isEmpty();
    assertThat(new String(FacturX.extractXml(pdf), StandardCharsets.UTF_8)).contains(number);

    Path ubl = sftp.rootDir().resolve("muster/in/" + number + ".xml");
    assertThat(ubl).exists();
    ValidationReport report =
        EInvoiceValidator.shared().validate(ubl.toString(), Files.readAllBytes(ubl));
    assertThat(report.fatal()).isEmpty();
    assertThat(report.ruleSets()).anyMatch(set -> set.contains("Peppol"));
    assertThat(
            jdbc.queryForObject(
                "select delivery_state from invoice where number = ?", String.class, number))
        .isEqualTo("PLANNED");
  }

  @Test
  @Order(2)
  void deliveriesCommittedWhileTheHubIsDownLeaveOnceAfterRestart() throws Exception {
    camel.getRouteController().stopRoute("invoice-delivery");
    camel.getRouteController().stopRoute("outbound-delivery");
    String number;
    try {
      drop("erp/invoices", "invoices-2.csv", invoices("SO-9002", "PO-4712"));
      waitUntil(() -> number("SO-9002") != null);
      number = number("SO-9002");
      waitUntil(() -> deliveries(number).equals(List.of("EMAIL QUEUED", "SFTP QUEUED")));
      Thread.sleep(2500);
      assertThat(mailsAbout(number)).isEmpty();
      assertThat(sftp.rootDir().resolve("muster/in/" + number + ".xml")).doesNotExist();
    } finally {
      camel.getRouteController().startRoute("invoice-delivery");
      camel.getRouteController().startRoute("outbound-delivery");
    }
    waitUntil(() -> deliveries(number).equals(List.of("EMAIL SENT", "SFTP SENT")));
    Thread.sleep(4500); // further rounds send nothing again
    assertThat(mailsAbout(number)).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from outbound_file where file_name = ?",
                Integer.class,
                number + ".xml"))
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void anInvoiceThatCannotBeDispatchedIsSetAsideAndTheNextOneStillGoes() throws Exception {
    // a row no renderer can read (no canonical invoice): dispatch fails for it alone
    jdbc.update(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount, delivery_state)
        values ('BROKEN-1', 'muster', 'EUR', date '2026-11-23', date '2026-12-23', 10.00, 'PENDING')""");
    drop("erp/invoices", "invoices-3.csv", invoices("SO-9003", "PO-4713"));
    waitUntil(() -> number("SO-9003") != null);
    String number = number("SO-9003");
    waitUntil(() -> deliveries(number).equals(List.of("EMAIL SENT", "SFTP SENT")));
    waitUntil(
        () ->
            "DISPATCH_FAILED"
                .equals(
                    jdbc.queryForObject(
                        "select delivery_state from invoice where number = 'BROKEN-1'",
                        String.class)));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from alert where kind = 'INVOICE_DELIVERY_FAILED'"
                    + " and subject like '%could not be dispatched'",
                Integer.class))
        .isEqualTo(1);
  }

  private static List<MimeMessage> mailsAbout(String number) throws Exception {
    List<MimeMessage> about = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getSubject().contains(number)) {
        about.add(message);
      }
    }
    return about;
  }

  private static byte[] attachment(MimeMessage mail, String name) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (name.equals(part.getFileName())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError(mail.getSubject() + " has no attachment " + name);
  }
}
