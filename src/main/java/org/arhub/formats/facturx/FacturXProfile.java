package org.arhub.formats.facturx;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Factur-X profile a CII invoice declares in its guideline id (BT-24,
 * rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID), so the PDF's
 * XMP ConformanceLevel says what the XML is (Factur-X 1.0 / ZUGFeRD 2.x, Technical appendix §4).
 *
 * @param mustangName the profile's name in Mustang ("EN16931")
 * @param conformanceLevel what fx:ConformanceLevel says ("EN 16931")
 */
record FacturXProfile(String guideline, String mustangName, String conformanceLevel) {
  static final String CII_NAMESPACE =
      "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
  private static final String RAM =
      "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

  private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

  static {
    // The XML is a partner-visible document we only peek into: no DTDs, no external entities.
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /** The profiles Factur-X defines, by guideline id. */
  static Optional<FacturXProfile> byGuideline(String id) {
    return Optional.ofNullable(
        switch (id) {
          case "urn:factur-x.eu:1p0:minimum" -> new FacturXProfile(id, "MINIMUM", "MINIMUM");
          case "urn:factur-x.eu:1p0:basicwl" -> new FacturXProfile(id, "BASICWL", "BASIC WL");
          case "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic" ->
              new FacturXProfile(id, "BASIC", "BASIC");
          case "urn:cen.eu:en16931:2017" -> new FacturXProfile(id, "EN16931", "EN 16931");
          case "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended" ->
              new FacturXProfile(id, "EXTENDED", "EXTENDED");
          default -> null;
        });
  }

  /**
   * Reads the guideline id of a CII invoice (only the first elements: the XML is not validated
   * here; the validate command does that).
   *
   * @throws IllegalArgumentException not a CII invoice, or a guideline that is no Factur-X profile
   */
  static FacturXProfile of(byte[] cii) {
    try {
      XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(cii));
      r.nextTag();
      if (!CII_NAMESPACE.equals(r.getNamespaceURI())
          || !"CrossIndustryInvoice".equals(r.getLocalName())) {
        throw new IllegalArgumentException(
            "the XML is not a CII invoice: its root is {"
                + r.getNamespaceURI()
                + "}"
                + r.getLocalName()
                + " at line "
                + r.getLocation().getLineNumber());
      }
      boolean inGuideline = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT
            && "GuidelineSpecifiedDocumentContextParameter".equals(r.getLocalName())) {
          inGuideline = true;
        } else if (inGuideline
            && event == XMLStreamConstants.START_ELEMENT
            && RAM.equals(r.getNamespaceURI())
            && "ID".equals(r.getLocalName())) {
          int line = r.getLocation().getLineNumber();
          String id = r.getElementText().strip();
          return byGuideline(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "CII line "
                              + line
                              + ": guideline id '"
                              + id
                              + "' is not a Factur-X profile (EN 16931 is urn:cen.eu:en16931:2017)"));
        }
        if (r.getEventType() == XMLStreamConstants.END_ELEMENT
            && "ExchangedDocumentContext".equals(r.getLocalName())) {
          break;
        }
      }
      throw new IllegalArgumentException(
          "the CII invoice has no guideline id (rsm:ExchangedDocumentContext/"
              + "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID)");
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(
          "the CII invoice is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
