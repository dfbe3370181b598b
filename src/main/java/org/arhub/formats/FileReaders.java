package org.arhub.formats;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arhub.formats.bai2.Bai2Reader;
import org.arhub.formats.camt.CamtReader;
import org.arhub.formats.lockbox.LockboxLayout;
import org.arhub.formats.lockbox.LockboxReader;
import org.arhub.formats.x12.X12RemittanceReader;

/**
 * The readers installed in this build, by format. Formats without a reader are still known by name
 * (partners may declare them), and files in them are quarantined with that reason.
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

  /** The readers this build ships, with the standard layouts. */
  public static FileReaders standard() {
    return new FileReaders(
        List.of(
            new Bai2Reader(),
            LockboxReader.standard(),
            CamtReader.camt052(),
            CamtReader.camt053(),
            CamtReader.camt054(),
            new X12RemittanceReader()));
  }

  /**
   * The same readers, but lockbox files in a bank's own layout ({@code
   * mappings/lockbox/<name>.yaml}).
   */
  public FileReaders withLockboxLayout(String layout) {
    Map<FileFormat, BankFileReader> copy = new EnumMap<>(readers);
    copy.put(FileFormat.LOCKBOX, LockboxReader.withLayout(LockboxLayout.named(layout)));
    return new FileReaders(List.copyOf(copy.values()));
  }

  public Optional<BankFileReader> readerFor(FileFormat format) {
    return Optional.ofNullable(readers.get(format));
  }
}
