package org.arhub.formats.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Detection, severities, what is not an e-invoice, the PDF hook, and use from several threads. */
class EInvoiceValidatorTest {
  private static final EInvoiceValidator VALIDATOR = EInvoiceValidator.shared();

  private static byte[] golden(String file) throws Exception {
    return Files.readAllBytes(EInvoiceGoldenFileTest.FOLDER.resolve(file));
  }

  @Test
  void aWrongTotalFailsOnTheRuleWithItsXPath() throws Exception {
    String ubl = new String(golden("multi-line.ubl.xml"), StandardCharsets.UTF_8);
    String broken =
        ubl.replace(
            "<cbc:TaxInclusiveAmount currencyID=\"EUR\">3742.29",
            "<cbc:TaxInclusiveAmount currencyID=\"EUR\">3742.30");
    assertThat(broken).isNotEqualTo(ubl);
    ValidationReport report =
        VALIDATOR.validate("broken.xml", broken.getBytes(StandardCharsets.UTF_8));
    assertThat(report.fatal())
        .filteredOn(f -> f.ruleId().equals("BR-CO-15"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("/:Invoice[1]");
              assertThat(f.message()).startsWith("Invoice total amount with VAT (BT-112)");
            });
  }

  @Test
  void aSchemaErrorIsFatal() throws Exception {
    String cii = new String(golden("usd.cii.xml"), StandardCharsets.UTF_8);
    String broken = cii.replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:Kind>380</ram:Kind>");
    ValidationReport report =
        VALIDATOR.validate("broken.cii.xml", broken.getBytes(StandardCharsets.UTF_8));
    assertThat(report.fatal()).extracting(RuleFinding::ruleId).contains("XSD");
  }

  @Test
  void notWellFormedXmlIsFatalWithItsLine() {
    ValidationReport report =
        VALIDATOR.validate("x.xml", "<Invoice>\n<a></b>\n".getBytes(StandardCharsets.UTF_8));
    assertThat(report.fatal())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("XML");
              assertThat(f.location()).isEqualTo("line 2");
            });
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsExpanded() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    ValidationReport report = VALIDATOR.validate("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(report.fatal()).extracting(RuleFinding::ruleId).containsExactly("XML");
    assertThat(report.fatal().get(0).message()).contains("DOCTYPE");
  }

  @Test
  void anotherXmlDocumentIsNotAnInvoice() {
    ValidationReport report =
        VALIDATOR.validate(
            "camt.xml",
            "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.08'/>"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(report.kind()).isEqualTo(DocumentKind.UNKNOWN);
    assertThat(report.fatal()).extracting(RuleFinding::ruleId).containsExactly("DOCUMENT");
  }

  @Test
  void aPdfIsNotSupportedWithoutAnExtractor() {
    byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    ValidationReport report =
        new EInvoiceValidator(EmbeddedInvoiceExtractor.NONE).validate("invoice.pdf", pdf);
    assertThat(report.kind()).isEqualTo(DocumentKind.PDF);
    assertThat(report.fatal())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("PDF: not supported by this build"));
  }

  @Test
  void aWiredExtractorHandsTheEmbeddedXmlToTheRules() throws Exception {
    byte[] cii = golden("multi-line.cii.xml");
    EInvoiceValidator withPdf = new EInvoiceValidator(pdf -> Optional.of(cii));
    ValidationReport report =
        withPdf.validate("invoice.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    assertThat(report.kind()).isEqualTo(DocumentKind.CII);
    assertThat(report.fatal()).isEmpty();
    assertThat(report.notes()).contains("checked the invoice XML embedded in the PDF");
    EInvoiceValidator noXml = new EInvoiceValidator(pdf -> Optional.empty());
    assertThat(noXml.validate("plain.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).fatal())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no embedded invoice XML"));
  }

  @Test
  void concurrentValidationsReportWhatSequentialOnesDo() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    for (String name : List.of("multi-line", "credit-note", "jpy")) {
      documents.add(golden(name + ".ubl.xml"));
      documents.add(golden(name + ".cii.xml"));
    }
    String broken =
        new String(golden("multi-rate.ubl.xml"), StandardCharsets.UTF_8)
            .replace("<cbc:ID>S</cbc:ID>", "<cbc:ID>X</cbc:ID>");
    documents.add(broken.getBytes(StandardCharsets.UTF_8));
    List<List<RuleFinding>> sequential = new ArrayList<>();
    for (byte[] d : documents) {
      sequential.add(VALIDATOR.validate("d", d).findings());
    }
    assertThat(sequential.get(sequential.size() - 1)).isNotEmpty();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RuleFinding>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (byte[] d : documents) {
          futures.add(pool.submit(() -> VALIDATOR.validate("d", d).findings()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % documents.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
