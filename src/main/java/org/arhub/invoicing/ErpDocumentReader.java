package org.arhub.invoicing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.arhub.formats.InvalidFileException;

/**
 * Reads an ERP file one document at a time (a pull stream, like the bank readers): nothing but the
 * current document is held, so a file of any size reads in a small heap. A file whose structure
 * cannot be followed (not CSV with the layout's columns, not well-formed XML) is an {@link
 * InvalidFileException}; a document with bad values is returned and its problems found later.
 */
public interface ErpDocumentReader extends AutoCloseable {
  /** The next document, or empty at the end of the file. */
  Optional<ErpDocument> next() throws InvalidFileException;

  @Override
  void close() throws IOException;

  /** A reader for the layout's syntax over {@code in}, which it closes. */
  static ErpDocumentReader open(ErpLayout layout, InputStream in, String fileName)
      throws InvalidFileException {
    return switch (layout.syntax()) {
      case CSV -> new CsvErpReader(layout, in, fileName);
      case XML -> new XmlErpReader(layout, in, fileName);
    };
  }
}
