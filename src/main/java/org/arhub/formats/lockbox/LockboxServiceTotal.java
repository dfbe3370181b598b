package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Record 8, service (lockbox) total: closes one lockbox's batches with their count, check count and
 * amount (BAI lockbox format, type 8: batches cols 2-4, lockbox 8-14, deposit date 15-20, checks
 * 21-24, amount 25-34 in the standard layout).
 */
record LockboxServiceTotal(
    long line,
    Optional<Integer> batchCount,
    Optional<String> lockboxNumber,
    Optional<LocalDate> depositDate,
    Optional<Integer> checkCount,
    BigDecimal amount) {

  static Optional<LockboxServiceTotal> read(LockboxFields fields) {
    Optional<Integer> batches = fields.count("batchCount");
    Optional<String> lockbox = fields.text("lockboxNumber");
    Optional<LocalDate> depositDate = fields.date("depositDate");
    Optional<Integer> checks = fields.count("checkCount");
    Optional<BigDecimal> amount = fields.amount("amount");
    if (!fields.complete()) {
      return Optional.empty();
    }
    return Optional.of(
        new LockboxServiceTotal(
            fields.line(), batches, lockbox, depositDate, checks, amount.orElseThrow()));
  }
}
