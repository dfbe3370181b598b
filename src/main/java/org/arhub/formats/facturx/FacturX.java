package org.arhub.formats.facturx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.arhub.formats.InvalidFileException;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Factur-X 1.0 / ZUGFeRD 2.x: a PDF/A-3 that people read with the CII invoice machines read
 * embedded in it as {@code factur-x.xml} (AFRelationship Alternative, or Data for MINIMUM and BASIC
 * WL), and XMP metadata that names the profile (fx:ConformanceLevel). Mustang writes the attachment
 * and the metadata; the profile is taken from the XML's own guideline id, so the two never
 * disagree. Pure Java, no Spring or Camel; thread-safe (no state).
 */
public final class FacturX {
  /** The attachment's name in Factur-X and ZUGFeRD 2.1+. */
  public static final String ATTACHMENT = "factur-x.xml";

  /** Names a reader accepts: Factur-X, ZUGFeRD 2.0, ZUGFeRD 1.0, XRechnung inside a PDF. */
  static final List<String> XML_NAMES =
      List.of(ATTACHMENT, "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "xrechnung.xml");

  private FacturX() {}

  /**
   * Embeds a CII invoice into a readable PDF/A-3 (e.g. {@code InvoicePdf.render}) and returns the
   * Factur-X PDF. The PDF/A-3 conformance level the PDF states is kept (B for arhub's own); the
   * profile (fx:ConformanceLevel) is the one the XML's guideline id names.
   *
   * @throws IllegalArgumentException the PDF is not PDF/A-3, or the XML is no CII invoice with a
   *     Factur-X guideline id
   */
  public static byte[] embed(byte[] pdfA3, byte[] cii) {
    FacturXProfile profile = FacturXProfile.of(cii);
    if (!isPdf(pdfA3)) {
      throw new IllegalArgumentException("not a PDF (no %PDF- header)");
    }
    ZUGFeRDExporterFromA3 exporter;
    try {
      exporter =
          new FacturXExporter()
              .setZUGFeRDVersion(2)
              .setProfile(profile.mustangName())
              // keep the renderer's XMP (title, dates, pdfaid part and conformance) and add the
              // Factur-X schema to it; FacturXExporter refuses a PDF that is not PDF/A-3
              .setOverwrite(false)
              .setCreator("arhub")
              .setCreatorTool("arhub")
              .setProducer("arhub");
      exporter.load(pdfA3);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PDF: " + e.getMessage(), e);
    }
    try {
      exporter.setXML(cii);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdfA3.length + cii.length + 16_384);
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("embedding the CII invoice into the PDF failed", e);
    }
  }

  /** {@link #extractXml(String, byte[])} for bytes without a file name. */
  public static byte[] extractXml(byte[] pdf) throws InvalidFileException {
    return extractXml("PDF", pdf);
  }

  /**
   * The invoice XML embedded in a Factur-X/ZUGFeRD PDF, byte for byte as it was embedded.
   *
   * @param file the name errors give the PDF ("INV-1.pdf")
   * @throws InvalidFileException not a PDF, an unreadable or encrypted one, or one without such an
   *     attachment ("PDF has no embedded Factur-X/ZUGFeRD XML", with the attachments it has)
   */
  public static byte[] extractXml(String file, byte[] pdf) throws InvalidFileException {
    if (!isPdf(pdf)) {
      throw new InvalidFileException(file, "start of file", "not a PDF (no %PDF- header)");
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, PDComplexFileSpecification> files = attachments(doc);
      for (String name : XML_NAMES) {
        PDComplexFileSpecification spec = files.get(name);
        if (spec != null) {
          PDEmbeddedFile data = embeddedFile(spec);
          if (data == null) {
            throw new InvalidFileException(file, name, "the attachment has no embedded data");
          }
          return data.toByteArray();
        }
      }
      throw new InvalidFileException(
          file,
          "embedded files",
          "PDF has no embedded Factur-X/ZUGFeRD XML"
              + (files.isEmpty()
                  ? ""
                  : " (its attachments: " + String.join(", ", files.keySet()) + ")"));
    } catch (InvalidPasswordException e) {
      throw new InvalidFileException(file, "PDF", "the PDF is encrypted");
    } catch (IOException e) {
      throw new InvalidFileException(file, "PDF", "not a readable PDF: " + e.getMessage());
    }
  }

  /** Every embedded file of a PDF by its name (the name tree key, else the file spec's name). */
  static Map<String, PDComplexFileSpecification> attachments(PDDocument doc) throws IOException {
    Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
    PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      collect(names.getEmbeddedFiles(), files);
    }
    return files;
  }

  private static void collect(
      PDNameTreeNode<PDComplexFileSpecification> node, Map<String, PDComplexFileSpecification> into)
      throws IOException {
    Map<String, PDComplexFileSpecification> leaf = node.getNames();
    if (leaf != null) {
      for (Map.Entry<String, PDComplexFileSpecification> e : leaf.entrySet()) {
        PDComplexFileSpecification spec = e.getValue();
        String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFilename();
        into.put(XML_NAMES.contains(e.getKey()) || name == null ? e.getKey() : name, spec);
      }
    }
    if (node.getKids() != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
        collect(kid, into);
      }
    }
  }

  private static PDEmbeddedFile embeddedFile(PDComplexFileSpecification spec) {
    PDEmbeddedFile f = spec.getEmbeddedFileUnicode();
    return f != null ? f : spec.getEmbeddedFile();
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
  }
}
