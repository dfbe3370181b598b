package org.arhub.formats.ubl;

import java.util.Optional;
import org.arhub.formats.einvoice.ElectronicAddress;
import org.arhub.formats.einvoice.XmlElementWriter;
import org.arhub.model.Invoice;

/**
 * The seller (BG-4) and buyer (BG-7) as UBL parties: EndpointID with its EAS scheme, PostalAddress,
 * PartyTaxScheme with the VAT id, PartyLegalEntity with the registration name (BT-27, BT-44 are
 * required), and the seller's contact (BG-6).
 */
final class UblParties {
  private UblParties() {}

  static void seller(XmlElementWriter xml, Invoice.Seller seller) {
    xml.open("cac:AccountingSupplierParty");
    party(xml, seller.name(), seller.vatId(), seller.address(), seller.endpointId());
    seller.contact().ifPresent(c -> contact(xml, c));
    xml.close().close();
  }

  static void buyer(XmlElementWriter xml, Invoice.Buyer buyer) {
    xml.open("cac:AccountingCustomerParty");
    party(xml, buyer.name(), buyer.vatId(), buyer.address(), buyer.endpointId());
    xml.close().close();
  }

  /** Opens cac:Party and leaves it open for the contact. */
  private static void party(
      XmlElementWriter xml,
      String name,
      Optional<String> vatId,
      Invoice.Address address,
      Optional<String> endpointId) {
    xml.open("cac:Party");
    ElectronicAddress.of(endpointId)
        .ifPresent(e -> xml.leaf("cbc:EndpointID", e.id(), "schemeID", e.scheme()));
    xml.open("cac:PartyName").leaf("cbc:Name", name).close();
    xml.open("cac:PostalAddress");
    address.street().ifPresent(s -> xml.leaf("cbc:StreetName", s));
    address.city().ifPresent(c -> xml.leaf("cbc:CityName", c));
    address.postalCode().ifPresent(p -> xml.leaf("cbc:PostalZone", p));
    xml.open("cac:Country").leaf("cbc:IdentificationCode", address.country().orElseThrow());
    xml.close().close();
    vatId.ifPresent(
        id ->
            xml.open("cac:PartyTaxScheme")
                .leaf("cbc:CompanyID", id)
                .open("cac:TaxScheme")
                .leaf("cbc:ID", "VAT")
                .close()
                .close());
    xml.open("cac:PartyLegalEntity").leaf("cbc:RegistrationName", name).close();
  }

  private static void contact(XmlElementWriter xml, Invoice.Contact contact) {
    xml.open("cac:Contact");
    contact.name().ifPresent(n -> xml.leaf("cbc:Name", n));
    contact.phone().ifPresent(p -> xml.leaf("cbc:Telephone", p));
    contact.email().ifPresent(e -> xml.leaf("cbc:ElectronicMail", e));
    xml.close();
  }
}
