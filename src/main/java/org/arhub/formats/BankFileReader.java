package org.arhub.formats;

import java.io.IOException;
import java.io.InputStream;

/** Reads one format of bank or remittance file, streaming from the input. */
public interface BankFileReader {
  FileFormat format();

  ParsedFile read(String fileName, InputStream in) throws InvalidFileException, IOException;
}
