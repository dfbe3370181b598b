package org.arhub.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.arhub.delivery.DeliveryPlan;
import org.arhub.delivery.InvoiceMailTemplates;
import org.arhub.delivery.InvoiceRenderer;
import org.arhub.formats.cii.CiiProfile;
import org.arhub.formats.x12.X12ValidationException;
import org.arhub.invoicing.CustomerMaster;
import org.arhub.model.Invoice;
import org.arhub.partner.Partner;
import org.arhub.store.CustomerMasterStore;
import org.arhub.store.InvoiceDeliveryStore;
import org.arhub.store.InvoiceDeliveryStore.Document;
import org.arhub.store.InvoiceStore;
import org.arhub.store.InvoiceStore.StoredInvoice;
import org.arhub.store.OutboundFileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes invoices the ERP intake stored as PENDING and records how each reaches its customer: for
 * every channel in the customer's master data, the documents are rendered and checked with the
 * official rules, then queued (mail, Peppol folder) or put in the partner's SFTP outbox (UBL, X12
 * 810). The invoice's state and its deliveries commit together, so nothing is sent for an invoice
 * that is not recorded as dispatched, and an invoice is never dispatched twice. A rendering that
 * fails is held with its rule ids; the invoice's other channels still go.
 */
@Component("invoiceDispatch")
public class InvoiceDispatchRun {
  private static final Logger log = LoggerFactory.getLogger(InvoiceDispatchRun.class);
  private static final Set<String> STORED_CHANNELS = Set.of("EMAIL", "SFTP", "PEPPOL_FOLDER");
  private final JdbcTemplate jdbc;
  private final InvoiceStore invoices;
  private final CustomerMasterStore customers;
  private final InvoiceDeliveryStore deliveries;
  private final OutboundFileStore outbound;
  private final X12InvoiceDelivery x12;
  private final PartnerRegistry partners;
  private final Alerts alerts;
  private final TransactionTemplate transactions;
  private final ArhubProperties properties;
  private InvoiceRenderer renderer;
  private InvoiceMailTemplates mailTemplates;

  public InvoiceDispatchRun(
      JdbcTemplate jdbc,
      InvoiceStore invoices,
      CustomerMasterStore customers,
      InvoiceDeliveryStore deliveries,
      OutboundFileStore outbound,
      X12InvoiceDelivery x12,
      PartnerRegistry partners,
      Alerts alerts,
      PlatformTransactionManager tx,
      ArhubProperties properties) {
    this.jdbc = jdbc;
    this.invoices = invoices;
    this.customers = customers;
    this.deliveries = deliveries;
    this.outbound = outbound;
    this.x12 = x12;
    this.partners = partners;
    this.alerts = alerts;
    this.transactions = new TransactionTemplate(tx);
    this.properties = properties;
  }

  /**
   * One round: every pending invoice, each in a transaction of its own, so one that fails is set
   * aside (DISPATCH_FAILED, with the reason and an alert) and never holds up the others. Returns
   * how many were dispatched.
   */
  public int dispatchPending() {
    int dispatched = 0;
    long after = 0;
    while (true) {
      long from = after;
      Optional<long[]> claimed =
          transactions.execute(
              status -> {
                List<Long> ids =
                    jdbc.queryForList(
                        """
                        select id from invoice where delivery_state = 'PENDING' and id > ?
                         order by id limit 1 for no key update skip locked""",
                        Long.class,
                        from);
                if (ids.isEmpty()) {
                  return Optional.<long[]>empty();
                }
                try {
                  dispatch(ids.get(0));
                  return Optional.of(new long[] {ids.get(0), 1});
                } catch (RuntimeException e) {
                  status.setRollbackOnly();
                  return Optional.of(new long[] {ids.get(0), 0, 1});
                }
              });
      if (claimed.isEmpty()) {
        return dispatched;
      }
      long id = claimed.get()[0];
      after = id;
      if (claimed.get().length == 3) {
        setAside(id);
      } else {
        dispatched++;
      }
    }
  }

  /** Dispatch failed for this invoice: recorded in a transaction of its own, with an alert. */
  private void setAside(long invoiceId) {
    String reason;
    try {
      transactions.executeWithoutResult(status -> dispatch(invoiceId));
      return; // it went through on a second look (a passing conflict)
    } catch (RuntimeException e) {
      reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      log.error("invoice {} could not be dispatched", invoiceId, e);
    }
    String why = reason;
    transactions.executeWithoutResult(
        status -> {
          int updated =
              jdbc.update(
                  """
                  update invoice set delivery_state = 'DISPATCH_FAILED', delivery_problem = ?
                   where id = ? and delivery_state = 'PENDING'""",
                  why,
                  invoiceId);
          if (updated == 1) {
            alerts.raise(
                AlertKind.INVOICE_DELIVERY_FAILED,
                null,
                "invoice id " + invoiceId + " could not be dispatched",
                why);
          }
        });
  }

  /**
   * Dispatches an invoice again after an operator fixed what held it (an address, a partner file,
   * the invoice's data): channels already queued or sent stay as they are; held ones are tried
   * anew. Returns false when there is no such invoice or it was never to be sent.
   */
  public boolean redispatch(String number) {
    return jdbc.update(
            """
            update invoice set delivery_state = 'PENDING', delivery_problem = null
             where number = ? and delivery_state in ('PLANNED', 'NO_CHANNEL', 'DISPATCH_FAILED')""",
            number)
        == 1;
  }

  private void dispatch(long invoiceId) {
    // the row lock serialises every dispatch of this invoice (another instance's round, a second
    // look after a failure); whoever comes second finds it no longer PENDING and leaves it
    List<String[]> pending =
        jdbc.query(
            "select number, customer_id from invoice where id = ? and delivery_state = 'PENDING'"
                + " for no key update",
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
            invoiceId);
    if (pending.isEmpty()) {
      return;
    }
    String number = pending.get(0)[0];
    String customerId = pending.get(0)[1];
    StoredInvoice stored = invoices.byNumber(number).orElseThrow();
    Invoice invoice = stored.invoice();
    Optional<CustomerMaster> customer = customers.find(customerId);
    DeliveryPlan.Plan plan =
        DeliveryPlan.of(
            customerId,
            customer.map(CustomerMaster::channels).orElse(List.of()),
            customer.map(CustomerMaster::emails).orElse(List.of()),
            customer.flatMap(CustomerMaster::peppolId),
            sftpDrop(customerId),
            properties.getInvoiceDelivery().getEmailFormats());
    String language = customer.flatMap(CustomerMaster::language).orElse(null);
    if (plan.empty()) {
      setState(stored.id(), "NO_CHANNEL");
      alerts.raise(
          AlertKind.INVOICE_DELIVERY_FAILED,
          null,
          "invoice " + number + " has no way to its customer " + customerId,
          "the customer's master data names no invoice channel (email, x12-810, ubl-sftp, peppol)");
      return;
    }
    for (DeliveryPlan.Delivery delivery : plan.deliveries()) {
      deliver(stored.id(), invoice, delivery, language);
    }
    for (DeliveryPlan.Gap gap : plan.gaps()) {
      if (STORED_CHANNELS.contains(gap.channel())) {
        deliveries.hold(stored.id(), gap.channel(), "-", gap.reason());
      }
      alerts.raise(
          AlertKind.INVOICE_DELIVERY_FAILED,
          null,
          "invoice " + number + " held for " + gap.channel(),
          gap.reason());
    }
    setState(stored.id(), "PLANNED");
    log.info("invoice {} dispatched: {}", number, plan.deliveries());
  }

  private void deliver(
      long invoiceId, Invoice invoice, DeliveryPlan.Delivery delivery, String language) {
    Optional<String> before = deliveries.status(invoiceId, delivery.channel());
    if (before.isPresent() && !before.get().equals("HELD")) {
      return; // dispatched again: what is queued or sent is not sent twice
    }
    List<Document> documents = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String format : delivery.formats()) {
      if (format.equals("x12-810")) {
        continue; // rendered, numbered and validated by X12InvoiceDelivery below
      }
      try {
        InvoiceRenderer.Rendering rendering =
            renderer().render(invoice, format, CiiProfile.EN16931, language);
        documents.add(
            new Document(rendering.fileName(), rendering.mediaType(), format, rendering.bytes()));
      } catch (InvoiceRenderer.Refused e) {
        refused.add(e.getMessage());
      }
    }
    if (!refused.isEmpty()) {
      hold(invoiceId, invoice, delivery, String.join("\n", refused));
      return;
    }
    switch (delivery.channel()) {
      case "EMAIL" -> {
        InvoiceMailTemplates.Mail mail = mailTemplates().render(invoice, language);
        deliveries.queue(
            invoiceId, "EMAIL", delivery.target(), mail.subject(), mail.body(), documents);
      }
      case "PEPPOL_FOLDER" ->
          deliveries.queue(invoiceId, "PEPPOL_FOLDER", delivery.target(), null, null, documents);
      case "SFTP" -> toSftpDrop(invoiceId, invoice, delivery, documents);
      default -> throw new IllegalStateException("unplanned channel " + delivery.channel());
    }
  }

  /**
   * The documents go through the partner outbox, which follows them to the customer. The 810 is
   * made first: when it cannot be (no X12 identifiers, a schema failure), nothing of the drop is
   * recorded and the delivery is held with the reason.
   */
  private void toSftpDrop(
      long invoiceId, Invoice invoice, DeliveryPlan.Delivery delivery, List<Document> documents) {
    String partner = delivery.target();
    if (delivery.formats().contains("x12-810")) {
      if (partners.byId(partner).flatMap(Partner::edi).isEmpty()) {
        hold(
            invoiceId,
            invoice,
            delivery,
            "partner "
                + partner
                + " has no X12 identifiers (edi.isaQualifier, edi.isaId, edi.gsId) for its 810s");
        return;
      }
      try {
        x12.send(partner, invoice);
      } catch (IllegalArgumentException e) {
        // the hub's own X12 identity (arhub.edi.*) cannot make an envelope
        hold(invoiceId, invoice, delivery, "the X12 810 cannot be made: " + e.getMessage());
        return;
      } catch (X12ValidationException e) {
        hold(
            invoiceId,
            invoice,
            delivery,
            "invoice " + invoice.number() + ": the X12 810 does not validate: " + e.getMessage());
        return;
      }
    }
    long id = deliveries.queue(invoiceId, "SFTP", partner, null, null, documents);
    for (Document document : documents) {
      long file =
          outbound.enqueue(
              partner,
              document.format().toUpperCase(java.util.Locale.ROOT),
              document.fileName(),
              document.bytes(),
              null,
              null);
      deliveries.linkOutboundFile(id, file);
    }
    jdbc.update(
        """
        update outbound_file set invoice_delivery_id = ?
         where partner_id = ? and kind = '810' and invoice_number = ? and invoice_delivery_id is null""",
        id,
        partner,
        invoice.number());
  }

  private void hold(
      long invoiceId, Invoice invoice, DeliveryPlan.Delivery delivery, String reason) {
    deliveries.hold(invoiceId, delivery.channel(), delivery.target(), reason);
    alerts.raise(
        AlertKind.INVOICE_DELIVERY_FAILED,
        null,
        "invoice " + invoice.number() + " held for " + delivery.channel(),
        reason);
  }

  /** The customer's partner file, when it has an SFTP drop for the hub's files. */
  private Optional<String> sftpDrop(String customerId) {
    return partners
        .byId(customerId)
        .flatMap(Partner::sftp)
        .filter(sftp -> sftp.outboundDirectory().isPresent())
        .map(sftp -> customerId);
  }

  private void setState(long invoiceId, String state) {
    jdbc.update(
        "update invoice set delivery_state = ? where id = ? and delivery_state = 'PENDING'",
        state,
        invoiceId);
  }

  private synchronized InvoiceRenderer renderer() {
    if (renderer == null) {
      renderer = InvoiceRenderer.standard();
    }
    return renderer;
  }

  private synchronized InvoiceMailTemplates mailTemplates() {
    if (mailTemplates == null) {
      try {
        mailTemplates = InvoiceMailTemplates.shipped();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return mailTemplates;
  }
}
