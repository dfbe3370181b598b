package org.arhub.formats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The inbound file formats the hub knows by name; partner files and {@code parse --format} use
 * these ids.
 */
public enum FileFormat {
  BAI2("bai2"),
  LOCKBOX("lockbox"),
  CAMT_052("camt.052"),
  CAMT_053("camt.053"),
  CAMT_054("camt.054"),
  X12_820("x12-820"),
  /** A partner's 997/999/TA1 answering what the hub sent. */
  X12_ACKNOWLEDGMENT("x12-ack");

  private final String id;

  FileFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<FileFormat> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }

  /** The ids accepted in configuration, for error messages. */
  public static String knownIds() {
    return Arrays.stream(values()).map(FileFormat::id).collect(Collectors.joining(", "));
  }
}
