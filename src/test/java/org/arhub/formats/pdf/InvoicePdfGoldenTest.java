package org.arhub.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canonical invoice {@code <name>.json} under src/test/resources/pdf renders as a PDF/A-3b
 * whose extracted text is {@code <name>.expected.txt} beside it. To accept a deliberate change of
 * the template, run with -Darhub.golden.write=true and review the diff of the .expected.txt files.
 */
class InvoicePdfGoldenTest {
  static final Path FOLDER = Path.of("src", "test", "resources", "pdf");
  private static final InvoicePdf PDF = new InvoicePdf();
  private static final Map<Path, byte[]> RENDERED = new ConcurrentHashMap<>();

  static Stream<Path> invoices() throws Exception {
    return Files.list(FOLDER).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  static Invoice read(Path json) throws Exception {
    try (InputStream in = Files.newInputStream(json)) {
      return InvoiceJson.read(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invoices")
  void rendersTheExpectedText(Path json) throws Exception {
    String text = PdfAChecks.text(rendered(json));
    Path expected = sibling(json, ".expected.txt");
    if (Boolean.getBoolean("arhub.golden.write")) {
      Files.writeString(expected, text, StandardCharsets.UTF_8);
    }

    assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invoices")
  void isPdfA3b(Path json) throws Exception {
    PdfAChecks.assertPdfA3b(rendered(json));
  }

  @Test
  void theLanguageFollowsTheBuyersCountryOrTheCallersChoice() throws Exception {
    Invoice gbp = read(FOLDER.resolve("invoice-en-gbp.json"));
    assertThat(InvoicePdf.languageFor(read(FOLDER.resolve("invoice-de-two-rates.json"))))
        .isEqualTo("de");
    assertThat(InvoicePdf.languageFor(read(FOLDER.resolve("credit-note-fr.json")))).isEqualTo("fr");
    assertThat(InvoicePdf.languageFor(gbp)).isEqualTo("en");

    assertThat(PdfAChecks.text(PDF.render(gbp, "de")))
        .startsWith("Rechnung INV-2026-000200\n")
        .contains("Zahlbetrag 249,40 GBP");
    assertThat(PdfAChecks.text(PDF.render(gbp, "pt"))).startsWith("Invoice INV-2026-000200\n");
  }

  @Test
  void thePdfACheckCatchesAPlainPdf() throws Exception {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      assertThat(PdfAChecks.veraPdfFailures(out.toByteArray())).isNotEmpty();
    }
  }

  @Test
  void everyInvoiceHasItsExpectedText() throws Exception {
    assertThat(invoices().toList())
        .hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(json -> assertThat(sibling(json, ".expected.txt")).exists());
  }

  /** Each fixture rendered once for all tests (veraPDF and text extraction read the same bytes). */
  private static byte[] rendered(Path json) {
    return RENDERED.computeIfAbsent(
        json,
        p -> {
          try {
            return PDF.render(read(p));
          } catch (Exception e) {
            throw new IllegalStateException(p + ": " + e.getMessage(), e);
          }
        });
  }

  private static Path sibling(Path json, String suffix) {
    return json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", suffix));
  }
}
