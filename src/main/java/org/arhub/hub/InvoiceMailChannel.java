package org.arhub.hub;

import jakarta.activation.DataHandler;
import jakarta.mail.SendFailedException;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.support.DefaultExchange;
import org.arhub.store.InvoiceDeliveryStore.Document;
import org.arhub.store.InvoiceDeliveryStore.Due;
import org.springframework.stereotype.Component;

/**
 * Sends an invoice mail through the {@code invoice-mail} route (camel-mail to the configured SMTP
 * server), documents attached. The Message-ID is derived from the delivery and the sender's domain,
 * so a mail sent again after a crash between sending and recording it can be recognised by the
 * receiving system.
 */
@Component
public class InvoiceMailChannel {
  static final String ENDPOINT = "direct:invoice-mail";
  private final CamelContext camel;
  private final ArhubProperties properties;
  private ProducerTemplate producer;

  public InvoiceMailChannel(CamelContext camel, ArhubProperties properties) {
    this.camel = camel;
    this.properties = properties;
  }

  public void send(Due delivery, List<Document> documents) throws DeliveryFailure {
    Exchange exchange = new DefaultExchange(camel);
    AttachmentMessage message = exchange.getIn(AttachmentMessage.class);
    message.setBody(delivery.body().orElse(""));
    message.setHeader("From", properties.getInvoiceDelivery().getMailFrom());
    message.setHeader("To", delivery.target());
    message.setHeader("Subject", delivery.subject().orElse("Invoice " + delivery.invoiceNumber()));
    // the same on every hub instance, so a mail sent again after a crash carries the same id
    message.setHeader(
        "Message-ID", "<invoice-delivery-" + delivery.id() + "@" + senderDomain() + ">");
    for (Document document : documents) {
      message.addAttachment(
          document.fileName(),
          new DataHandler(new ByteArrayDataSource(document.bytes(), document.mediaType())));
    }
    Exchange sent = producer().send(ENDPOINT, exchange);
    Exception failure = sent.getException();
    if (failure != null) {
      throw new DeliveryFailure(
          "mail to " + delivery.target() + " not sent: " + rootMessage(failure),
          refusedAddress(failure),
          failure);
    }
  }

  /** The domain of the sender's address, also when it is written "Name <address>". */
  private String senderDomain() {
    String from = properties.getInvoiceDelivery().getMailFrom();
    try {
      String address = new jakarta.mail.internet.InternetAddress(from).getAddress();
      return address.substring(address.indexOf('@') + 1);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException(
          "arhub.invoice-delivery.mail-from '" + from + "' is not a mail address", e);
    }
  }

  /** The server refused the recipients: sending again would be refused again. */
  private static boolean refusedAddress(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SendFailedException refused
          && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private ProducerTemplate producer() {
    if (producer == null) {
      producer = camel.createProducerTemplate();
    }
    return producer;
  }
}
