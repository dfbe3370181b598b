package org.arhub.formats.lockbox;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Record 1, immediate address header: who sent the transmission to whom, and when (BAI lockbox
 * format, type 1: destination cols 4-13, origin 14-23, date 24-29, time 30-33 in the standard
 * layout).
 */
record LockboxImmediateAddressHeader(
    long line,
    String destination,
    String origin,
    LocalDate transmissionDate,
    Optional<LocalTime> transmissionTime) {

  static Optional<LockboxImmediateAddressHeader> read(LockboxFields fields) {
    Optional<String> destination = fields.text("destination");
    Optional<String> origin = fields.text("origin");
    Optional<LocalDate> date = fields.date("transmissionDate");
    Optional<LocalTime> time = fields.time("transmissionTime");
    if (!fields.complete()) {
      return Optional.empty();
    }
    return Optional.of(
        new LockboxImmediateAddressHeader(
            fields.line(),
            destination.orElseThrow(),
            origin.orElseThrow(),
            date.orElseThrow(),
            time));
  }
}
