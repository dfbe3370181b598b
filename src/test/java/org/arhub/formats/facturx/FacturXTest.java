package org.arhub.formats.facturx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.arhub.formats.InvalidFileException;
import org.arhub.formats.pdf.InvoicePdf;
import org.arhub.formats.pdf.PdfAChecks;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Factur-X PDF made from arhub's own readable PDF and a hand-written EN 16931 CII
 * (src/test/resources/facturx/invoice-en-gbp.cii.xml, the CII of pdf/invoice-en-gbp.json).
 */
class FacturXTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources");
  private static byte[] readable;
  private static byte[] cii;
  private static byte[] facturX;

  @BeforeAll
  static void render() throws Exception {
    try (var json = Files.newInputStream(FIXTURES.resolve("pdf/invoice-en-gbp.json"))) {
      readable = new InvoicePdf().render(InvoiceJson.read(json));
    }
    cii = Files.readAllBytes(FIXTURES.resolve("facturx/invoice-en-gbp.cii.xml"));
    facturX = FacturX.embed(readable, cii);
  }

  @Test
  void theEmbeddedXmlComesBackByteForByte() throws Exception {
    assertThat(FacturX.extractXml("INV-2026-000200.pdf", facturX)).isEqualTo(cii);
  }

  @Test
  void theXmlIsAttachedAsFacturXAlternative() throws Exception {
    try (PDDocument doc = Loader.loadPDF(facturX)) {
      Map<String, PDComplexFileSpecification> files = FacturX.attachments(doc);
      assertThat(files).containsOnlyKeys("factur-x.xml");
      COSDictionary spec = files.get("factur-x.xml").getCOSObject();
      assertThat(spec.getNameAsString("AFRelationship")).isEqualTo("Alternative");
      assertThat(spec.getString(COSName.UF)).isEqualTo("factur-x.xml");
      assertThat(files.get("factur-x.xml").getEmbeddedFile().getSubtype()).isEqualTo("text/xml");

      // PDF/A-3 §6.8: the catalog's AF array associates the file with the document
      COSArray af = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject("AF");
      assertThat(af).isNotNull();
      assertThat(af.getObject(0)).isSameAs(spec);
    }
  }

  @Test
  void theXmpNamesTheProfileAndStaysPdfA3b() throws Exception {
    String xmp;
    try (PDDocument doc = Loader.loadPDF(facturX)) {
      xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
    }
    assertThat(xmp)
        .contains("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#")
        .containsPattern("fx:ConformanceLevel[>=\"]+EN 16931")
        .containsPattern("fx:DocumentFileName[>=\"]+factur-x.xml")
        .containsPattern("fx:DocumentType[>=\"]+INVOICE")
        .containsPattern("fx:Version[>=\"]+1.0")
        // the PDF/A extension schema that declares the fx: properties (PDF/A-3 §6.6.2.3.2)
        .contains("pdfaExtension:schemas");
    PdfAChecks.assertPdfA3b(facturX);
  }

  @Test
  void theReadableTextIsUnchanged() throws Exception {
    assertThat(PdfAChecks.text(facturX)).isEqualTo(PdfAChecks.text(readable));
  }

  @Test
  void aNonPdfIsRefused() {
    assertThatThrownBy(
            () -> FacturX.extractXml("notes.txt", "hello".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(InvalidFileException.class)
        .hasMessage("notes.txt: start of file: not a PDF (no %PDF- header)");
  }

  @Test
  void aBrokenPdfIsRefused() {
    byte[] truncated = java.util.Arrays.copyOf(facturX, 400);
    assertThatThrownBy(() -> FacturX.extractXml("cut.pdf", truncated))
        .isInstanceOf(InvalidFileException.class)
        .hasMessageStartingWith("cut.pdf: PDF: not a readable PDF");
  }

  @Test
  void aPdfWithoutTheXmlIsRefused() {
    assertThatThrownBy(() -> FacturX.extractXml("plain.pdf", readable))
        .isInstanceOf(InvalidFileException.class)
        .hasMessage("plain.pdf: embedded files: PDF has no embedded Factur-X/ZUGFeRD XML");
  }

  @Test
  void aPdfWithOtherAttachmentsNamesThem() throws Exception {
    byte[] other = FacturX.embed(readable, cii); // then rename the attachment to something else
    byte[] renamed;
    try (PDDocument doc = Loader.loadPDF(other)) {
      var tree = doc.getDocumentCatalog().getNames().getEmbeddedFiles();
      PDComplexFileSpecification spec = tree.getNames().get("factur-x.xml");
      spec.setFile("notes.xml");
      spec.setFileUnicode("notes.xml");
      tree.setNames(Map.of("notes.xml", spec));
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      renamed = out.toByteArray();
    }
    assertThatThrownBy(() -> FacturX.extractXml("other.pdf", renamed))
        .isInstanceOf(InvalidFileException.class)
        .hasMessage(
            "other.pdf: embedded files: PDF has no embedded Factur-X/ZUGFeRD XML"
                + " (its attachments: notes.xml)");
  }

  @Test
  void onlyPdfA3IsAccepted() throws Exception {
    byte[] plain;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      plain = out.toByteArray();
    }
    assertThatThrownBy(() -> FacturX.embed(plain, cii))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the PDF is not PDF/A-3 (pdfaid:part missing): Factur-X embeds its XML only in PDF/A-3");
  }

  @Test
  void onlyACiiInvoiceWithAFacturXGuidelineIsEmbedded() {
    byte[] ubl =
        "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FacturX.embed(readable, ubl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the XML is not a CII invoice: its root is"
                + " {urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice at line 1");

    byte[] xrechnung =
        new String(cii, StandardCharsets.UTF_8)
            .replace(
                "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
                "<ram:ID>urn:example:not-a-profile</ram:ID>")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FacturX.embed(readable, xrechnung))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CII line 9: guideline id 'urn:example:not-a-profile' is not a Factur-X profile"
                + " (EN 16931 is urn:cen.eu:en16931:2017)");

    byte[] broken = "<rsm:CrossIndustryInvoice".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FacturX.embed(readable, broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the CII invoice is not well-formed XML");
  }
}
