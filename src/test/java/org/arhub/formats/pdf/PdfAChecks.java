package org.arhub.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the tests check of a PDF/A-3b: veraPDF's verdict on the PDF/A-3B profile (every failed rule
 * listed), and, readable in a failure, that the XMP claims part 3 conformance B, an sRGB output
 * intent with its ICC profile is there, and every font the pages use is embedded.
 */
public final class PdfAChecks {
  private PdfAChecks() {}

  /** The text a reader extracts, line breaks as \n. */
  public static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      return stripper.getText(doc);
    }
  }

  public static XMPMetadata xmp(PDDocument doc) throws Exception {
    return new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
  }

  /** The rules veraPDF finds broken for PDF/A-3B, one line each; empty when compliant. */
  public static List<String> veraPdfFailures(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    List<String> failed = new ArrayList<>();
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAParser parser =
            foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + ": "
                  + a.getMessage());
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant (no failed assertion reported)");
      }
    }
    return failed;
  }

  public static void assertPdfA3b(byte[] pdf) throws Exception {
    assertThat(veraPdfFailures(pdf)).as("veraPDF PDF/A-3B failures").isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFAIdentificationSchema id = xmp(doc).getPDFAIdentificationSchema();
      assertThat(id).as("pdfaid schema in the XMP").isNotNull();
      assertThat(id.getPart()).as("pdfaid:part").isEqualTo(3);
      assertThat(id.getConformance()).as("pdfaid:conformance").isEqualTo("B");

      List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
      assertThat(intents).as("output intents").isNotEmpty();
      assertThat(intents.get(0).getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
      assertThat(intents.get(0).getDestOutputIntent()).as("ICC profile").isNotNull();

      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName());
          PDFontDescriptor d =
              font instanceof PDType0Font t0
                  ? t0.getDescendantFont().getFontDescriptor()
                  : font.getFontDescriptor();
          assertThat(d).as("descriptor of " + font.getName()).isNotNull();
          assertThat(
                  d.getFontFile() != null || d.getFontFile2() != null || d.getFontFile3() != null)
              .as(font.getName() + " is embedded")
              .isTrue();
        }
      }
      assertThat(fonts).as("fonts used").isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
    }
  }
}
