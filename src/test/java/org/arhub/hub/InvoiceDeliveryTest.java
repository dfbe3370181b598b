package org.arhub.hub;

import static org.arhub.testsupport.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.arhub.store.InvoiceDeliveryStore;
import org.arhub.store.InvoiceDeliveryStore.Document;
import org.arhub.testsupport.TestDatabase;
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
 * Invoice deliveries recorded in the outbox leave by mail (to an in-process SMTP server) or to the
 * Peppol folder, once each; passing failures wait and are retried, lasting ones alert.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InvoiceDeliveryTest {
  private static GreenMail smtp;
  private static Path work;

  @Autowired InvoiceDeliveryStore deliveries;
  @Autowired InvoiceDeliveryRun run;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired CamelContext camel;

  @DynamicPropertySource
  static void hub(DynamicPropertyRegistry registry) throws IOException {
    work = Files.createTempDirectory("arhub-invoice-delivery");
    // a fixed port, so the server can be stopped and started again where the hub expects it
    int port;
    try (var free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Path partners = Files.createDirectories(work.resolve("partners"));
    registry.add("spring.datasource.url", () -> TestDatabase.freshDatabaseUrl("invoice_delivery"));
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("arhub.partners-dir", partners::toString);
    registry.add("arhub.data-dir", () -> work.resolve("data").toString());
    registry.add("arhub.invoice-delivery.peppol-folder", () -> work.resolve("peppol").toString());
    registry.add("arhub.invoice-delivery.mail-from", () -> "billing@seller.example");
  }

  @AfterAll
  static void stop() {
    smtp.stop();
  }

  private long invoice(String number) {
    jdbc.update(
        "insert into customer(id, name) values ('acme', 'ACME Industrial') on conflict do nothing");
    return jdbc.queryForObject(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
        values (?, 'acme', 'EUR', date '2026-11-23', date '2026-12-23', 119.00) returning id""",
        Long.class,
        number);
  }

  private static Document document(String name, String format, String content) {
    String type = format.equals("pdf") ? "application/pdf" : "application/xml";
    return new Document(name, type, format, content.getBytes(StandardCharsets.UTF_8));
  }

  private long queueMail(String number) {
    return tx.execute(
        s ->
            deliveries.queue(
                invoice(number),
                "EMAIL",
                "ap@acme.example",
                "Invoice " + number,
                "Please find attached invoice " + number + ".",
                List.of(
                    document(number + ".pdf", "pdf", "%PDF-1.7 " + number),
                    document(number + ".xml", "ubl", "<Invoice>" + number + "</Invoice>"))));
  }

  private String status(long id) {
    return jdbc.queryForObject(
        "select status from invoice_delivery where id = ?", String.class, id);
  }

  @Test
  void aQueuedMailArrivesOnceWithItsDocumentsAttached() throws Exception {
    long id = queueMail("INV-2026-000001");
    waitUntil(() -> status(id).equals("SENT"));
    List<MimeMessage> mails = mailsAbout("INV-2026-000001");
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("billing@seller.example");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ap@acme.example");
    // derived from the delivery: a mail sent again after a crash can be recognised
    assertThat(mail.getMessageID()).isEqualTo("<invoice-delivery-" + id + "@seller.example>");
    assertThat(attachments(mail))
        .containsExactly(
            Map.entry("INV-2026-000001.pdf", "%PDF-1.7 INV-2026-000001"),
            Map.entry("INV-2026-000001.xml", "<Invoice>INV-2026-000001</Invoice>"));
    // queueing the same invoice for the same channel again records nothing new
    long again = queueMailAgain("INV-2026-000001");
    assertThat(again).isEqualTo(id);
    Thread.sleep(2500);
    assertThat(mailsAbout("INV-2026-000001")).hasSize(1);
  }

  private long queueMailAgain(String number) {
    long invoiceId =
        jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
    return tx.execute(
        s -> deliveries.queue(invoiceId, "EMAIL", "ap@acme.example", "x", "y", List.of()));
  }

  @Test
  void aDeliveryCommittedWhileTheHubWasDownIsSentOnceAfterRestart() throws Exception {
    camel.getRouteController().stopRoute("invoice-delivery");
    long id;
    try {
      id = queueMail("INV-2026-000002");
      Thread.sleep(2500);
      assertThat(status(id)).isEqualTo("QUEUED");
      assertThat(mailsAbout("INV-2026-000002")).isEmpty();
    } finally {
      camel.getRouteController().startRoute("invoice-delivery");
    }
    waitUntil(() -> status(id).equals("SENT"));
    run.deliverDue(); // another round, as a second instance would do
    Thread.sleep(2500);
    assertThat(mailsAbout("INV-2026-000002")).hasSize(1);
  }

  @Test
  void peppolDocumentsAreWrittenWholeAndAConflictingFileFailsWithAnAlert() throws Exception {
    long good =
        tx.execute(
            s ->
                deliveries.queue(
                    invoice("INV-2026-000003"),
                    "PEPPOL_FOLDER",
                    "peppol",
                    null,
                    null,
                    List.of(document("INV-2026-000003.xml", "ubl", "<Invoice>3</Invoice>"))));
    waitUntil(() -> status(good).equals("SENT"));
    Path peppol = work.resolve("peppol");
    assertThat(Files.readString(peppol.resolve("INV-2026-000003.xml")))
        .isEqualTo("<Invoice>3</Invoice>");
    assertThat(peppol.resolve("INV-2026-000003.xml.part")).doesNotExist();

    Files.writeString(peppol.resolve("INV-2026-000004.xml"), "<Invoice>someone else's</Invoice>");
    long conflict =
        tx.execute(
            s ->
                deliveries.queue(
                    invoice("INV-2026-000004"),
                    "PEPPOL_FOLDER",
                    "peppol",
                    null,
                    null,
                    List.of(document("INV-2026-000004.xml", "ubl", "<Invoice>4</Invoice>"))));
    waitUntil(() -> status(conflict).equals("FAILED"));
    assertThat(
            jdbc.queryForObject(
                "select reason from invoice_delivery where id = ?", String.class, conflict))
        .endsWith("INV-2026-000004.xml already exists with other content; not overwritten");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from alert where kind = 'INVOICE_DELIVERY_FAILED'"
                    + " and subject like '%INV-2026-000004%'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aMailServerThatIsDownMakesTheDeliveryWaitAndRetryLater() throws Exception {
    camel.getRouteController().stopRoute("invoice-delivery");
    smtp.stop();
    long id;
    try {
      id = queueMail("INV-2026-000005");
      assertThat(run.deliverDue()).isEqualTo(1);
    } finally {
      smtp.start();
      camel.getRouteController().startRoute("invoice-delivery");
    }
    Map<String, Object> row =
        jdbc.queryForMap(
            "select status, attempts, reason, next_attempt_at > now() + interval '20 seconds' as later"
                + " from invoice_delivery where id = ?",
            id);
    assertThat(row.get("status")).isEqualTo("QUEUED");
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat((String) row.get("reason")).startsWith("mail to ap@acme.example not sent: ");
    assertThat(row.get("later")).isEqualTo(true);
    // an operator (or the test) brings the retry forward
    jdbc.update("update invoice_delivery set next_attempt_at = now() where id = ?", id);
    waitUntil(() -> status(id).equals("SENT"));
    assertThat(mailsAbout("INV-2026-000005")).hasSize(1);
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

  private static List<Map.Entry<String, String>> attachments(MimeMessage mail) throws Exception {
    List<Map.Entry<String, String>> found = new ArrayList<>();
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        found.add(
            Map.entry(
                part.getFileName(),
                new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return found;
  }
}
