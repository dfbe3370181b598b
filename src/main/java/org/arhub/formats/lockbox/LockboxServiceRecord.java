package org.arhub.formats.lockbox;

import java.util.Optional;

/**
 * Record 2, service record: the ultimate receiver and sender when the transmission passed through
 * someone else (BAI lockbox format, type 2: ultimate destination cols 2-11, ultimate origin 12-21).
 */
record LockboxServiceRecord(
    long line, Optional<String> ultimateDestination, Optional<String> ultimateOrigin) {

  static Optional<LockboxServiceRecord> read(LockboxFields fields) {
    return Optional.of(
        new LockboxServiceRecord(
            fields.line(), fields.text("ultimateDestination"), fields.text("ultimateOrigin")));
  }
}
