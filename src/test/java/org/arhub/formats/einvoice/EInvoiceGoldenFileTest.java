package org.arhub.formats.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.arhub.formats.cii.CiiInvoiceWriter;
import org.arhub.formats.cii.CiiProfile;
import org.arhub.formats.ubl.UblInvoiceWriter;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canonical invoice in src/test/resources/einvoice ({@code NAME.json}) renders exactly as
 * {@code NAME.ubl.xml} and {@code NAME.cii.xml} beside it, and both renderings pass the official
 * rules without a fatal finding: EN 16931 + Peppol BIS 3 for UBL, EN 16931 for CII.
 */
class EInvoiceGoldenFileTest {
  static final Path FOLDER = Path.of("src/test/resources/einvoice");

  static Stream<String> invoices() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Invoice read(String name) throws IOException {
    try (InputStream in = Files.newInputStream(FOLDER.resolve(name + ".json"))) {
      return InvoiceJson.read(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invoices")
  void ublRenderingMatchesItsGoldenFileAndPassesPeppol(String name) throws IOException {
    byte[] ubl = new UblInvoiceWriter().write(read(name));
    assertThat(new String(ubl, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(FOLDER.resolve(name + ".ubl.xml")));
    ValidationReport report = EInvoiceValidator.shared().validate(name + ".ubl.xml", ubl);
    assertThat(report.ruleSets()).singleElement().asString().startsWith("OpenPeppol UBL");
    assertThat(report.fatal()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invoices")
  void ciiRenderingMatchesItsGoldenFileAndPassesEn16931(String name) throws IOException {
    byte[] cii = new CiiInvoiceWriter().write(read(name), CiiProfile.EN16931);
    assertThat(new String(cii, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(FOLDER.resolve(name + ".cii.xml")));
    ValidationReport report = EInvoiceValidator.shared().validate(name + ".cii.xml", cii);
    assertThat(report.ruleSets()).containsExactly("EN 16931 CII 1.3.16");
    assertThat(report.fatal()).isEmpty();
  }
}
