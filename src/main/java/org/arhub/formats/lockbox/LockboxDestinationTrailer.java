package org.arhub.formats.lockbox;

import java.util.Optional;

/**
 * Record 9, destination trailer: ends the transmission with its record count (BAI lockbox format,
 * type 9: record count cols 2-7; the standard counts every record, this one included).
 */
record LockboxDestinationTrailer(long line, int recordCount) {

  static Optional<LockboxDestinationTrailer> read(LockboxFields fields) {
    Optional<Integer> count = fields.count("recordCount");
    if (!fields.complete()) {
      return Optional.empty();
    }
    return Optional.of(new LockboxDestinationTrailer(fields.line(), count.orElseThrow()));
  }
}
