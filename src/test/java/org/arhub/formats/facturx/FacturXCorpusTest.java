package org.arhub.formats.facturx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Factur-X/ZUGFeRD PDFs of the shared corpus (../shared/corpus/other/*.pdf, read in place,
 * produced by other tools): the invoice XML comes out of each, ZUGFeRD 1.0's ZUGFeRD-invoice.xml as
 * well as factur-x.xml. Skipped when the corpus is not there.
 */
class FacturXCorpusTest {
  private static final Path OTHER = Path.of("..", "shared", "corpus", "other");

  static Stream<Path> pdfs() throws Exception {
    if (!Files.isDirectory(OTHER)) {
      return Stream.of(OTHER.resolve("(corpus not present)"));
    }
    return Files.list(OTHER).filter(p -> p.toString().endsWith(".pdf")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdfs")
  void theInvoiceXmlComesOut(Path pdf) throws Exception {
    assumeTrue(Files.isRegularFile(pdf), "shared corpus not present");

    String xml =
        new String(
            FacturX.extractXml(pdf.getFileName().toString(), Files.readAllBytes(pdf)),
            StandardCharsets.UTF_8);

    assertThat(xml).containsPattern("<(\\w+:)?(CrossIndustryInvoice|CrossIndustryDocument)[\\s>]");
  }
}
