package org.arhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.arhub.store.InvoiceDeliveryStore.Document;
import org.arhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SFTP delivery follows its files in the partner outbox: sent when all of them left, and
 * acknowledged or rejected by the customer's 997/999 for the 810.
 */
class InvoiceDeliveryStoreTest {
  private final DataSource ds = TestDatabase.migratedDatabase("invoice_delivery_store");
  private final JdbcTemplate jdbc = new JdbcTemplate(ds);
  private final TransactionTemplate tx =
      new TransactionTemplate(new DataSourceTransactionManager(ds));
  private final InvoiceDeliveryStore deliveries = new InvoiceDeliveryStore(jdbc);
  private final OutboundFileStore outbound = new OutboundFileStore(jdbc);

  InvoiceDeliveryStoreTest() {
    jdbc.update(
        "insert into partner(id, name, kind, config) values ('acme', 'ACME', 'CUSTOMER', '{}')");
    jdbc.update("insert into customer(id, name) values ('acme', 'ACME')");
  }

  private long invoice(String number) {
    return jdbc.queryForObject(
        """
        insert into invoice(number, customer_id, currency, issue_date, due_date, amount)
        values (?, 'acme', 'USD', date '2026-11-23', date '2026-12-23', 100.00) returning id""",
        Long.class,
        number);
  }

  private String status(long delivery) {
    return jdbc.queryForObject(
        "select status || coalesce(' ' || reason, '') from invoice_delivery where id = ?",
        String.class,
        delivery);
  }

  /**
   * An SFTP delivery of a UBL file and an 810 (group 7); returns {delivery, ubl file, 810 file}.
   */
  private long[] sftpDelivery(String number, long group) {
    return tx.execute(
        s -> {
          long invoiceId = invoice(number);
          byte[] ubl = ("<Invoice>" + number + "</Invoice>").getBytes(StandardCharsets.UTF_8);
          long delivery =
              deliveries.queue(
                  invoiceId,
                  "SFTP",
                  "acme",
                  null,
                  null,
                  List.of(new Document(number + ".xml", "application/xml", "ubl", ubl)));
          long ublFile = outbound.enqueue("acme", "UBL", number + ".xml", ubl, null, null);
          long x12File =
              outbound.enqueue(
                  "acme",
                  "810",
                  "810-" + number + ".edi",
                  ("ISA*" + number).getBytes(StandardCharsets.US_ASCII),
                  null,
                  group);
          outbound.invoiceSent(x12File, group, number);
          deliveries.linkOutboundFile(delivery, ublFile);
          deliveries.linkOutboundFile(delivery, x12File);
          return new long[] {delivery, ublFile, x12File};
        });
  }

  @Test
  void aDeliveryIsSentWhenAllItsFilesLeftAndAcknowledgedByThe997() {
    long[] ids = sftpDelivery("INV-1", 7);
    outbound.sent(ids[1]);
    assertThat(status(ids[0])).isEqualTo("QUEUED");
    outbound.failed(ids[2], "connection refused");
    assertThat(status(ids[0])).isEqualTo("QUEUED connection refused");
    outbound.sent(ids[2]);
    assertThat(status(ids[0])).isEqualTo("SENT");
    tx.executeWithoutResult(s -> outbound.acknowledged("acme", 7, "ACCEPTED", null));
    assertThat(status(ids[0])).isEqualTo("ACKNOWLEDGED");
  }

  @Test
  void aRejecting999MakesTheDeliveryRejectedWithItsDetail() {
    long[] ids = sftpDelivery("INV-2", 8);
    outbound.sent(ids[1]);
    outbound.sent(ids[2]);
    tx.executeWithoutResult(
        s -> outbound.acknowledged("acme", 8, "REJECTED", "IK5*R*5: segment N1 missing"));
    assertThat(status(ids[0])).isEqualTo("REJECTED IK5*R*5: segment N1 missing");
  }

  @Test
  void queueingAnInvoiceForAChannelTwiceRecordsItOnce() {
    long first = sftpDelivery("INV-3", 9)[0];
    long invoiceId =
        jdbc.queryForObject("select id from invoice where number = 'INV-3'", Long.class);
    long again =
        tx.execute(s -> deliveries.queue(invoiceId, "SFTP", "acme", null, null, List.of()));
    assertThat(again).isEqualTo(first);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from invoice_delivery_document where delivery_id = ?",
                Integer.class,
                first))
        .isEqualTo(1);
  }
}
