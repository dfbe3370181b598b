package org.arhub.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.arhub.store.InvoiceDeliveryStore;
import org.arhub.store.InvoiceDeliveryStore.Document;
import org.arhub.store.InvoiceDeliveryStore.Due;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the invoice mails and Peppol documents that are due (SFTP documents leave through the
 * partner outbox, {@link OutboundDelivery}). Each delivery is claimed with its row lock and its
 * outcome recorded in the same transaction: a crash before the outcome is recorded leaves it
 * queued, and it is sent after the restart.
 */
@Component("invoiceDelivery")
public class InvoiceDeliveryRun {
  private static final Logger log = LoggerFactory.getLogger(InvoiceDeliveryRun.class);
  private final InvoiceDeliveryStore deliveries;
  private final InvoiceMailChannel mail;
  private final PeppolFolderChannel peppol;
  private final Alerts alerts;
  private final TransactionTemplate transactions;
  private final RetrySchedule retries;

  public InvoiceDeliveryRun(
      InvoiceDeliveryStore deliveries,
      InvoiceMailChannel mail,
      PeppolFolderChannel peppol,
      Alerts alerts,
      PlatformTransactionManager tx,
      ArhubProperties properties) {
    this.deliveries = deliveries;
    this.mail = mail;
    this.peppol = peppol;
    this.alerts = alerts;
    this.transactions = new TransactionTemplate(tx);
    ArhubProperties.InvoiceDelivery config = properties.getInvoiceDelivery();
    this.retries =
        new RetrySchedule(
            Duration.ofSeconds(config.getFirstRetrySeconds()),
            Duration.ofSeconds(config.getMaxRetrySeconds()),
            config.getMaxAttempts());
  }

  /**
   * One round: every due delivery, each claimed, sent and recorded in a transaction of its own, so
   * a failure after one mail left never sends the others again. Returns how many were tried.
   */
  public int deliverDue() {
    int tried = 0;
    while (Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              List<Due> due = deliveries.claimDue(1);
              due.forEach(this::deliver);
              return !due.isEmpty();
            }))) {
      tried++;
    }
    return tried;
  }

  /** Anything unforeseen while sending counts as a passing failure: retried, then alerted. */
  private void send(Due delivery, List<Document> documents) throws DeliveryFailure {
    try {
      switch (delivery.channel()) {
        case "EMAIL" -> mail.send(delivery, documents);
        case "PEPPOL_FOLDER" -> peppol.send(delivery, documents);
        default -> throw new DeliveryFailure("unknown channel " + delivery.channel(), true, null);
      }
    } catch (RuntimeException e) {
      throw new DeliveryFailure(delivery.channel() + " delivery failed: " + e, false, e);
    }
  }

  private void deliver(Due delivery) {
    List<Document> documents = deliveries.documents(delivery.id());
    try {
      send(delivery, documents);
      deliveries.sent(delivery.id());
      log.info(
          "invoice {} sent by {} to {}",
          delivery.invoiceNumber(),
          delivery.channel(),
          delivery.target());
    } catch (DeliveryFailure failure) {
      int attempts = delivery.attempts() + 1;
      Optional<Instant> next =
          failure.permanent() ? Optional.empty() : retries.next(attempts, Instant.now());
      if (next.isPresent()) {
        deliveries.retryAt(delivery.id(), failure.getMessage(), next.get());
        log.warn(
            "invoice {} not sent (attempt {}), next try at {}: {}",
            delivery.invoiceNumber(),
            attempts,
            next.get(),
            failure.getMessage());
      } else {
        deliveries.failed(delivery.id(), failure.getMessage());
        alerts.raise(
            AlertKind.INVOICE_DELIVERY_FAILED,
            null,
            "invoice "
                + delivery.invoiceNumber()
                + " could not be sent by "
                + delivery.channel()
                + " after "
                + attempts
                + (attempts == 1 ? " attempt" : " attempts"),
            failure.getMessage());
      }
    }
  }
}
