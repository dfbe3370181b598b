package org.arhub.formats.bai2;

import java.io.IOException;
import java.io.InputStream;
import org.arhub.formats.BankFileReader;
import org.arhub.formats.BankFileSink;
import org.arhub.formats.FileFormat;
import org.arhub.formats.InvalidFileException;

/**
 * Reads BAI2 (BAI Cash Management Balance Reporting Specifications Version 2) files into the
 * canonical stream, in one pass with a small fixed memory. Control totals and record counts are
 * only known at the trailers, so the sink may hear a file's first statements before the verdict: on
 * {@link InvalidFileException} it must discard what it got (the {@link BankFileSink} contract).
 */
public final class Bai2Reader implements BankFileReader {
  private final Bai2TypeCodes typeCodes;

  /** A reader with the standard type-code table. */
  public Bai2Reader() {
    this(Bai2TypeCodes.standard());
  }

  /**
   * A reader with a bank's type codes, e.g. {@code Bai2TypeCodes.standard().withCsv(bankTable)}.
   */
  public Bai2Reader(Bai2TypeCodes typeCodes) {
    this.typeCodes = typeCodes;
  }

  public static Bai2Reader standard() {
    return new Bai2Reader();
  }

  @Override
  public FileFormat format() {
    return FileFormat.BAI2;
  }

  /**
   * Streams the file into {@code sink}. On any problem the sink hears nothing more, the rest of the
   * file is still checked, and a {@link Bai2InvalidFileException} names the first problem and
   * carries them all.
   */
  @Override
  public void read(String fileName, InputStream in, BankFileSink sink)
      throws InvalidFileException, IOException {
    Bai2Report report = new Bai2Parse(typeCodes, sink, false).run(in);
    if (!report.valid()) {
      throw new Bai2InvalidFileException(fileName, report.problems());
    }
  }

  /**
   * Checks a whole file and returns every problem found (for onboarding reports), without mapping
   * it.
   */
  public Bai2Report validate(InputStream in) throws IOException {
    return new Bai2Parse(typeCodes, null, true).run(in);
  }

  /**
   * Checks a whole file and streams what it can read into {@code sink} whatever the problems (a
   * preview of a file being onboarded); the sink always gets a well-formed sequence of parts.
   */
  public Bai2Report validate(InputStream in, BankFileSink sink) throws IOException {
    return new Bai2Parse(typeCodes, sink, true).run(in);
  }
}
