package org.arhub.formats.facturx;

import java.io.IOException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Mustang's exporter, made to keep a PDF/A-3 valid when it merges into the metadata the renderer
 * wrote instead of replacing it: it refuses a PDF that is not PDF/A-3, drops the renderer's PDF/A
 * extension schema (it declared only the predefined pdf: and pdfaid: schemas, and a second
 * pdfaExtension:schemas next to Mustang's fx: one would state the property twice), and gives the
 * XMP the modification date Mustang puts into the document information (PDF/A-3 §6.6.2.3.1: the two
 * must agree).
 */
final class FacturXExporter extends ZUGFeRDExporterFromA3 {
  @Override
  protected void prepareDocument() throws IOException {
    // before Mustang touches the document: its own clean-up fails on some non-PDF/A input
    PDFAIdentificationSchema id = super.getXmpMetadata().getPDFAIdentificationSchema();
    if (id == null || id.getPart() == null || id.getPart() != 3) {
      throw new IllegalArgumentException(
          "the PDF is not PDF/A-3 (pdfaid:part "
              + (id == null || id.getPart() == null ? "missing" : id.getPart())
              + "): Factur-X embeds its XML only in PDF/A-3");
    }
    super.prepareDocument();
  }

  @Override
  protected XMPMetadata getXmpMetadata() throws IOException {
    XMPMetadata xmp = super.getXmpMetadata();
    PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
    if (extension != null) {
      xmp.removeSchema(extension);
    }
    return xmp;
  }

  @Override
  protected void writeDocumentInformation() {
    super.writeDocumentInformation();
    xmp.getXMPBasicSchema().setModifyDate(doc.getDocumentInformation().getModificationDate());
  }
}
