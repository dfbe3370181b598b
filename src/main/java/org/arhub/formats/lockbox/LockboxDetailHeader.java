package org.arhub.formats.lockbox;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Record 5, detail (lockbox/batch) header: opens a batch of checks of one lockbox and deposit date
 * (BAI lockbox format, type 5: batch cols 2-4, lockbox 8-14, deposit date 15-20 in the standard
 * layout).
 */
record LockboxDetailHeader(
    long line,
    String batchNumber,
    String lockboxNumber,
    LocalDate depositDate,
    Optional<String> origin,
    Optional<String> depositAccount) {

  static Optional<LockboxDetailHeader> read(LockboxFields fields) {
    Optional<String> batch = fields.text("batchNumber");
    Optional<String> lockbox = fields.text("lockboxNumber");
    Optional<LocalDate> depositDate = fields.date("depositDate");
    Optional<String> origin = fields.text("origin");
    Optional<String> depositAccount = fields.text("depositAccount");
    if (!fields.complete()) {
      return Optional.empty();
    }
    return Optional.of(
        new LockboxDetailHeader(
            fields.line(),
            batch.orElseThrow(),
            lockbox.orElseThrow(),
            depositDate.orElseThrow(),
            origin,
            depositAccount));
  }
}
