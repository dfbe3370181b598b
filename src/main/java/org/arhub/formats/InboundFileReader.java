package org.arhub.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides what one inbound file is and reads it: the format comes from the content, and a format
 * declared by the partner (or {@code --format}) must agree with the content when the content is
 * recognisable. Used by the hub's intake and by the {@code parse} command alike.
 */
public final class InboundFileReader {
  private final FileReaders readers;

  public InboundFileReader(FileReaders readers) {
    this.readers = readers;
  }

  /** This reader, with lockbox files read in a bank's own layout. */
  public InboundFileReader withLockboxLayout(String layout) {
    return new InboundFileReader(readers.withLockboxLayout(layout));
  }

  /** The result of reading one file: either what was read, or why it cannot be accepted. */
  public sealed interface Outcome permits Read, Rejected {
    Optional<FileFormat> format();
  }

  public record Read(Optional<FileFormat> format) implements Outcome {}

  public record Rejected(Optional<FileFormat> format, String reason) implements Outcome {}

  /** Reads the file into the sink; on {@link Rejected} the sink may have received part of it. */
  public Outcome read(
      Path file, String displayName, Optional<FileFormat> declared, BankFileSink sink)
      throws IOException {
    Optional<FileFormat> detected = FormatDetector.detect(head(file));
    if (declared.isPresent() && detected.isPresent() && declared.get() != detected.get()) {
      return new Rejected(
          detected,
          displayName
              + ": declared as "
              + declared.get().id()
              + " but the content is "
              + detected.get().id());
    }
    Optional<FileFormat> format = declared.or(() -> detected);
    if (format.isEmpty()) {
      return new Rejected(
          Optional.empty(),
          displayName
              + ": start of file: not a recognised bank or remittance file (expected a BAI2 01 record, a lockbox 1 record, an X12 ISA segment or ISO 20022 camt XML)");
    }
    Optional<BankFileReader> reader = readers.readerFor(format.get());
    if (reader.isEmpty()) {
      return new Rejected(
          format,
          displayName
              + ": no reader for "
              + format.get().id()
              + " is installed in this version of arhub");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      reader.get().read(displayName, in, sink);
      return new Read(format);
    } catch (InvalidFileException e) {
      return new Rejected(format, e.getMessage());
    }
  }

  /** What the file's content says it is, if anything. */
  public static Optional<FileFormat> detect(Path file) throws IOException {
    return FormatDetector.detect(head(file));
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(FormatDetector.HEAD_BYTES);
    }
  }
}
