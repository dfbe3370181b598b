package org.arhub.hub;

import java.time.LocalDateTime;
import org.arhub.formats.x12.X12Envelope;
import org.arhub.formats.x12.X12InvoiceWriter;
import org.arhub.formats.x12.X12ValidationException;
import org.arhub.model.Invoice;
import org.arhub.partner.Partner;
import org.arhub.store.ControlNumbers;
import org.arhub.store.OutboundFileStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an invoice to a customer as an X12 810: the partner's ISA/GS ids from its partner file, the
 * next control numbers of that partner, validated against the 810 schema before it is recorded for
 * delivery. Number, file and delivery record are one transaction.
 */
@Component
public class X12InvoiceDelivery {
  private final X12InvoiceWriter writer = new X12InvoiceWriter();
  private final PartnerRegistry partners;
  private final ControlNumbers controlNumbers;
  private final OutboundFileStore outbound;
  private final ArhubProperties properties;

  public X12InvoiceDelivery(
      PartnerRegistry partners,
      ControlNumbers controlNumbers,
      OutboundFileStore outbound,
      ArhubProperties properties) {
    this.partners = partners;
    this.controlNumbers = controlNumbers;
    this.outbound = outbound;
    this.properties = properties;
  }

  /**
   * Records the 810 for delivery; returns its interchange control number. An envelope that cannot
   * be made (an identifier too long) is the caller's to handle: it does not doom its transaction.
   */
  @Transactional(noRollbackFor = IllegalArgumentException.class)
  public long send(String partnerId, Invoice invoice) throws X12ValidationException {
    Partner partner =
        partners
            .byId(partnerId)
            .orElseThrow(() -> new IllegalArgumentException("no partner " + partnerId));
    Partner.EdiIdentifiers them =
        partner
            .edi()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        partner.source()
                            + ": edi: partner "
                            + partnerId
                            + " has no X12 identifiers"));
    long interchange = controlNumbers.next(partnerId, ControlNumbers.Kind.ISA);
    long group = controlNumbers.next(partnerId, ControlNumbers.Kind.GS);
    ArhubProperties.Edi us = properties.getEdi();
    X12Envelope envelope =
        X12Envelope.of(
            us.getIsaQualifier(),
            us.getIsaId(),
            them.isaQualifier(),
            them.isaId(),
            us.getGsId(),
            them.gsId(),
            interchange,
            group,
            LocalDateTime.now());
    byte[] bytes = writer.write(invoice, envelope);
    String name =
        "810-"
            + invoice.number().replaceAll("[^A-Za-z0-9._-]", "_")
            + "-"
            + String.format("%09d", interchange)
            + ".edi";
    long file = outbound.enqueue(partnerId, "810", name, bytes, null, interchange);
    outbound.invoiceSent(file, group, invoice.number());
    return interchange;
  }
}
