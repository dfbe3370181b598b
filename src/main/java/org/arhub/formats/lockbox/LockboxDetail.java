package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Record 6, detail: one check with its MICR line (BAI lockbox format, type 6: batch cols 2-4, item
 * 5-7, amount 8-17, remitter routing 18-26, account 27-36, check number 37-46 in the standard
 * layout).
 */
record LockboxDetail(
    long line,
    String batchNumber,
    String itemNumber,
    BigDecimal amount,
    Optional<String> routingNumber,
    Optional<String> accountNumber,
    Optional<String> checkNumber,
    Optional<String> remitterName,
    Optional<String> lockboxNumber,
    Optional<LocalDate> depositDate) {

  static Optional<LockboxDetail> read(LockboxFields fields) {
    Optional<String> batch = fields.text("batchNumber");
    Optional<String> item = fields.text("itemNumber");
    Optional<BigDecimal> amount = fields.amount("amount");
    Optional<String> routing = fields.text("routingNumber");
    Optional<String> account = fields.text("accountNumber");
    Optional<String> check = fields.text("checkNumber");
    Optional<String> remitter = fields.text("remitterName");
    Optional<String> lockbox = fields.text("lockboxNumber");
    Optional<LocalDate> depositDate = fields.date("depositDate");
    if (!fields.complete()) {
      return Optional.empty();
    }
    return Optional.of(
        new LockboxDetail(
            fields.line(),
            batch.orElseThrow(),
            item.orElseThrow(),
            amount.orElseThrow(),
            routing,
            account,
            check,
            remitter,
            lockbox,
            depositDate));
  }
}
