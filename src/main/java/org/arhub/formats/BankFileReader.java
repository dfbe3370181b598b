package org.arhub.formats;

import java.io.IOException;
import java.io.InputStream;

/** Reads one format of bank or remittance file, streaming it from the input into a sink. */
public interface BankFileReader {
  FileFormat format();

  /**
   * Reads the whole file into {@code sink}. Throws {@link InvalidFileException} naming the position
   * (line, record, segment, XML path) and the reason when the file cannot be accepted.
   */
  void read(String fileName, InputStream in, BankFileSink sink)
      throws InvalidFileException, IOException;
}
