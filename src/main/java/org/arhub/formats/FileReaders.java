package org.arhub.formats;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readers installed in this build, by format. Formats without a reader are still known by
 * name (partners may declare them), and files in them are quarantined with that reason.
 */
public final class FileReaders {
  private final Map<FileFormat, BankFileReader> readers = new EnumMap<>(FileFormat.class);

  public FileReaders(List<BankFileReader> installed) {
    for (BankFileReader reader : installed) {
      if (readers.putIfAbsent(reader.format(), reader) != null) {
        throw new IllegalStateException("two readers for " + reader.format().id());
      }
    }
  }

  /** The readers this build ships. The bank-file and X12 work adds theirs here. */
  public static FileReaders standard() {
    return new FileReaders(List.of());
  }

  public Optional<BankFileReader> readerFor(FileFormat format) {
    return Optional.ofNullable(readers.get(format));
  }
}
