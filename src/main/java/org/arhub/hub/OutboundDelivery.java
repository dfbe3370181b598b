package org.arhub.hub;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.arhub.store.OutboundFileStore;
import org.arhub.store.OutboundFileStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends recorded outbound files through each partner's {@code outbound.<partner>} route. A file
 * that cannot be sent stays recorded as FAILED with the reason, is alerted once, and is tried again
 * at every round until it leaves.
 */
@Component("outboundDelivery")
public class OutboundDelivery {
  private static final Logger log = LoggerFactory.getLogger(OutboundDelivery.class);
  private final OutboundFileStore files;
  private final CamelContext camel;
  private final Alerts alerts;
  private final TransactionTemplate transactions;
  private ProducerTemplate producer;

  public OutboundDelivery(
      OutboundFileStore files, CamelContext camel, Alerts alerts, PlatformTransactionManager tx) {
    this.files = files;
    this.camel = camel;
    this.alerts = alerts;
    this.transactions = new TransactionTemplate(tx);
  }

  public void deliverPending() {
    transactions.executeWithoutResult(status -> files.claim(20).forEach(this::deliver));
  }

  private void deliver(Pending file) {
    String endpoint = "direct:outbound." + file.partnerId();
    if (camel.getRoute("outbound." + file.partnerId()) == null) {
      fail(
          file,
          "partner "
              + file.partnerId()
              + " has no outbound route (sftp.outboundDirectory is not set)");
      return;
    }
    try {
      producer()
          .sendBodyAndHeader(
              endpoint, files.content(file.sha256()), Exchange.FILE_NAME, file.fileName());
      files.sent(file.id());
      log.info("sent {} to {}", file.fileName(), file.partnerId());
    } catch (RuntimeException e) {
      fail(file, e.getMessage());
    }
  }

  private void fail(Pending file, String reason) {
    if (files.failed(file.id(), reason)) {
      alerts.raise(
          AlertKind.OUTBOUND_FAILED,
          file.partnerId(),
          "could not send " + file.fileName() + "; will retry",
          reason);
    }
  }

  private ProducerTemplate producer() {
    if (producer == null) {
      producer = camel.createProducerTemplate();
    }
    return producer;
  }
}
