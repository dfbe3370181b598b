package org.arhub.formats.x12;

import java.io.IOException;
import java.util.Optional;

/**
 * An interchange that cannot be read at all (no ISA, a broken ISA): raised while the input is
 * streamed (hence an {@link IOException}) and turned into an {@link
 * org.arhub.formats.InvalidFileException}. When the ISA could be split into its elements, {@link
 * #header()} has them, so the sender can be told by a TA1 that its interchange was rejected.
 */
final class X12EnvelopeException extends IOException {
  private final String position;
  private final String reason;
  private final transient Optional<X12InterchangeHeader> header;

  X12EnvelopeException(String position, String reason) {
    this(position, reason, Optional.empty());
  }

  X12EnvelopeException(String position, String reason, Optional<X12InterchangeHeader> header) {
    super(position + ": " + reason);
    this.position = position;
    this.reason = reason;
    this.header = header;
  }

  String position() {
    return position;
  }

  String reason() {
    return reason;
  }

  Optional<X12InterchangeHeader> header() {
    return header;
  }
}
