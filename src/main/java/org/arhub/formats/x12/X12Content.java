package org.arhub.formats.x12;

import java.util.Optional;

/** What a reader of X12 files does with what the envelope contains. */
interface X12Content {
  /** The reader for a transaction set; empty when this reader does not read sets of its type. */
  Optional<X12TransactionSetReader> transactionSet(X12TransactionSetHeader st, X12GroupHeader gs);

  default void interchange(X12InterchangeHeader isa) {}

  default void group(X12InterchangeHeader isa, X12GroupHeader gs) {}

  /** A segment of the interchange outside functional groups, e.g. a TA1. */
  default void interchangeSegment(X12Segment segment, X12InterchangeHeader isa) {}

  /** What the types this reader reads are, for messages ("820"). */
  String reads();
}
