package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Record 7, batch total: closes a batch with its check count and amount (BAI lockbox format, type
 * 7: batch cols 2-4, lockbox 8-14, deposit date 15-20, count 21-23, amount 24-33 in the standard
 * layout).
 */
record LockboxBatchTotal(
    long line,
    String batchNumber,
    Optional<String> lockboxNumber,
    Optional<LocalDate> depositDate,
    Optional<Integer> checkCount,
    BigDecimal amount) {

  static Optional<LockboxBatchTotal> read(LockboxFields fields) {
    Optional<String> batch = fields.text("batchNumber");
    Optional<String> lockbox = fields.text("lockboxNumber");
    Optional<LocalDate> depositDate = fields.date("depositDate");
    Optional<Integer> count = fields.count("checkCount");
    Optional<BigDecimal> amount = fields.amount("amount");
    if (!fields.complete()) {
      return Optional.empty();
    }
    return Optional.of(
        new LockboxBatchTotal(
            fields.line(), batch.orElseThrow(), lockbox, depositDate, count, amount.orElseThrow()));
  }
}
