package org.arhub.formats.cii;

import java.util.Optional;
import org.arhub.formats.einvoice.ElectronicAddress;
import org.arhub.formats.einvoice.XmlElementWriter;
import org.arhub.model.Invoice;

/**
 * The seller (BG-4) and buyer (BG-7) as CII trade parties, in D16B order: Name, DefinedTradeContact
 * (seller, BG-6), PostalTradeAddress, URIUniversalCommunication (the electronic address with its
 * EAS scheme) and SpecifiedTaxRegistration (VAT id, scheme "VA").
 */
final class CiiParties {
  private CiiParties() {}

  static void seller(XmlElementWriter xml, Invoice.Seller seller) {
    xml.open("ram:SellerTradeParty");
    xml.leaf("ram:Name", seller.name());
    seller.contact().ifPresent(c -> contact(xml, c));
    rest(xml, seller.address(), seller.endpointId(), seller.vatId());
  }

  static void buyer(XmlElementWriter xml, Invoice.Buyer buyer) {
    xml.open("ram:BuyerTradeParty");
    xml.leaf("ram:Name", buyer.name());
    rest(xml, buyer.address(), buyer.endpointId(), buyer.vatId());
  }

  private static void rest(
      XmlElementWriter xml,
      Invoice.Address address,
      Optional<String> endpointId,
      Optional<String> vatId) {
    xml.open("ram:PostalTradeAddress");
    address.postalCode().ifPresent(p -> xml.leaf("ram:PostcodeCode", p));
    address.street().ifPresent(s -> xml.leaf("ram:LineOne", s));
    address.city().ifPresent(c -> xml.leaf("ram:CityName", c));
    xml.leaf("ram:CountryID", address.country().orElseThrow());
    xml.close();
    ElectronicAddress.of(endpointId)
        .ifPresent(
            e ->
                xml.open("ram:URIUniversalCommunication")
                    .leaf("ram:URIID", e.id(), "schemeID", e.scheme())
                    .close());
    vatId.ifPresent(
        id ->
            xml.open("ram:SpecifiedTaxRegistration").leaf("ram:ID", id, "schemeID", "VA").close());
    xml.close();
  }

  private static void contact(XmlElementWriter xml, Invoice.Contact contact) {
    xml.open("ram:DefinedTradeContact");
    contact.name().ifPresent(n -> xml.leaf("ram:PersonName", n));
    contact
        .phone()
        .ifPresent(
            p ->
                xml.open("ram:TelephoneUniversalCommunication")
                    .leaf("ram:CompleteNumber", p)
                    .close());
    contact
        .email()
        .ifPresent(
            e -> xml.open("ram:EmailURIUniversalCommunication").leaf("ram:URIID", e).close());
    xml.close();
  }
}
