package org.arhub.formats.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An e-invoice XML parsed for validation (phive validates DOM trees): its {@link DocumentKind} from
 * the root element, the rule set that applies from the UBL CustomizationID or the CII guideline,
 * and notes on what is not checked. The parser refuses DOCTYPEs, so neither external entities nor
 * entity expansion can happen.
 */
final class InvoiceDocument {
  static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
  static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
  static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
  static final String CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
  static final String RAM =
      "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
  static final String ZUGFERD_1 = "urn:ferd:CrossIndustryDocument:invoice:1p0";
  static final String PEPPOL_BIS_3 =
      "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

  private static final ThreadLocal<DocumentBuilder> BUILDER =
      ThreadLocal.withInitial(InvoiceDocument::newBuilder);

  private final Document dom;
  private final DocumentKind kind;
  private final List<String> notes = new ArrayList<>();
  private final Optional<OfficialRules> rules;

  private InvoiceDocument(Document dom) {
    this.dom = dom;
    Element root = dom.getDocumentElement();
    String ns = Optional.ofNullable(root.getNamespaceURI()).orElse("");
    String local = root.getLocalName();
    if (ns.equals(UBL_INVOICE) && local.equals("Invoice")) {
      kind = DocumentKind.UBL_INVOICE;
      rules =
          Optional.of(ublRules(OfficialRules.EN16931_UBL_INVOICE, OfficialRules.PEPPOL_INVOICE));
    } else if (ns.equals(UBL_CREDIT_NOTE) && local.equals("CreditNote")) {
      kind = DocumentKind.UBL_CREDIT_NOTE;
      rules =
          Optional.of(
              ublRules(OfficialRules.EN16931_UBL_CREDIT_NOTE, OfficialRules.PEPPOL_CREDIT_NOTE));
    } else if (ns.equals(CII) && local.equals("CrossIndustryInvoice")) {
      kind = DocumentKind.CII;
      rules = Optional.of(OfficialRules.EN16931_CII);
      guidelineNotes();
    } else if (ns.equals(ZUGFERD_1)) {
      kind = DocumentKind.ZUGFERD_1;
      rules = Optional.empty();
      notes.add("ZUGFeRD 1.0 predates EN 16931; its own (KoSIT) rules are not part of this build");
    } else {
      kind = DocumentKind.UNKNOWN;
      rules = Optional.empty();
      notes.add("root element {" + ns + "}" + local + " is not a UBL Invoice/CreditNote or CII");
    }
  }

  static boolean isPdf(byte[] content) {
    return content.length >= 4
        && content[0] == '%'
        && content[1] == 'P'
        && content[2] == 'D'
        && content[3] == 'F';
  }

  static InvoiceDocument parse(byte[] content) throws NotXmlException {
    DocumentBuilder builder = BUILDER.get();
    // The default handler prints "[Fatal Error]" to stderr; the exception says it all.
    builder.setErrorHandler(new DefaultHandler());
    try {
      return new InvoiceDocument(builder.parse(new ByteArrayInputStream(content)));
    } catch (SAXParseException e) {
      throw new NotXmlException(
          "not well-formed XML: " + e.getMessage(), "line " + e.getLineNumber());
    } catch (SAXException | IOException e) {
      throw new NotXmlException("not XML: " + e.getMessage(), "");
    } finally {
      builder.reset();
    }
  }

  /** A new namespace-aware document holding a copy of one element, e.g. a unit test's invoice. */
  static Document standalone(Element element) {
    Document copy = BUILDER.get().newDocument();
    copy.appendChild(copy.importNode(element, true));
    return copy;
  }

  Document dom() {
    return dom;
  }

  DocumentKind kind() {
    return kind;
  }

  Optional<OfficialRules> rules() {
    return rules;
  }

  List<String> notes() {
    return notes;
  }

  private OfficialRules ublRules(OfficialRules en16931, OfficialRules peppol) {
    String customization = childText(dom.getDocumentElement(), CBC, "CustomizationID").orElse("");
    if (customization.startsWith(PEPPOL_BIS_3)) {
      return peppol;
    }
    notes.add(
        "CustomizationID '"
            + customization
            + "' is not Peppol BIS Billing 3.0: EN 16931 rules only, no Peppol rules");
    return en16931;
  }

  private void guidelineNotes() {
    String guideline =
        childElement(dom.getDocumentElement(), CII, "ExchangedDocumentContext")
            .flatMap(c -> childElement(c, RAM, "GuidelineSpecifiedDocumentContextParameter"))
            .flatMap(p -> childText(p, RAM, "ID"))
            .orElse("");
    if (guideline.contains("xrechnung")) {
      notes.add(
          "XRechnung CIUS rules (BR-DE-*) not checked: phive-rules-xrechnung is not served to this"
              + " build; EN 16931 rules applied");
    } else if (guideline.contains(":minimum") || guideline.contains(":basicwl")) {
      notes.add(
          "guideline '"
              + guideline
              + "' (Factur-X MINIMUM / BASIC WL) is not an EN 16931 invoice; EN 16931 rules"
              + " applied");
    } else if (!guideline.startsWith("urn:cen.eu:en16931:2017")) {
      notes.add("guideline '" + guideline + "' does not claim EN 16931; EN 16931 rules applied");
    }
  }

  private static Optional<Element> childElement(Element parent, String ns, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> childText(Element parent, String ns, String local) {
    return childElement(parent, ns, local).map(e -> e.getTextContent().strip());
  }

  private static DocumentBuilder newBuilder() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no secure XML parser available", e);
    }
  }

  /** Content that is not XML at all, or not well-formed; {@code where} is its line. */
  static final class NotXmlException extends Exception {
    private final String where;

    NotXmlException(String message, String where) {
      super(message);
      this.where = where;
    }

    String where() {
      return where;
    }
  }
}
