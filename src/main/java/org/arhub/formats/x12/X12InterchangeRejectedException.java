package org.arhub.formats.x12;

import java.util.List;
import org.arhub.formats.InvalidFileException;

/**
 * A file refused because its ISA is broken, though readable enough to answer the sender with a TA1.
 */
final class X12InterchangeRejectedException extends InvalidFileException {
  private final transient X12InterchangeReceipt receipt;

  X12InterchangeRejectedException(
      String file, String position, String reason, X12InterchangeHeader header) {
    super(file, position, reason);
    this.receipt =
        new X12InterchangeReceipt(
            header, List.of(), header.notes(), List.of(position + ": " + reason), true);
  }

  X12InterchangeReceipt receipt() {
    return receipt;
  }
}
