package org.arhub.formats.einvoice;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds the invoice XML a hybrid PDF carries (Factur-X / ZUGFeRD: an embedded file such as
 * factur-x.xml), so {@link EInvoiceValidator} can check it with the same rules as a bare CII file.
 * The PDF side lives with the PDF rendering; until it is wired, {@link #NONE} reports PDFs as not
 * supported.
 */
@FunctionalInterface
public interface EmbeddedInvoiceExtractor {
  /** No PDF support in this build. */
  EmbeddedInvoiceExtractor NONE = pdf -> Optional.empty();

  /**
   * @return the embedded invoice XML, or empty when the PDF carries none
   * @throws IOException when the PDF cannot be read
   */
  Optional<byte[]> extract(byte[] pdf) throws IOException;
}
