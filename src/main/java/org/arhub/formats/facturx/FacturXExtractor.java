package org.arhub.formats.facturx;

import java.io.IOException;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;
import org.arhub.formats.einvoice.EmbeddedInvoiceExtractor;

/**
 * The validator's way into a Factur-X/ZUGFeRD PDF: the embedded XML, none when the PDF carries no
 * invoice, an error when the PDF cannot be read.
 */
public final class FacturXExtractor implements EmbeddedInvoiceExtractor {
  @Override
  public Optional<byte[]> extract(byte[] pdf) throws IOException {
    try {
      return Optional.of(FacturX.extractXml("PDF", pdf));
    } catch (InvalidFileException e) {
      if (e.getMessage().contains("PDF has no embedded Factur-X/ZUGFeRD XML")) {
        return Optional.empty();
      }
      throw new IOException(e.getMessage(), e);
    }
  }
}
