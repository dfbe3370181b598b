package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Record 4, overflow: remittance detail continuing the check before it, here one invoice and the
 * amount applied to it (BAI lockbox format, type 4: batch cols 2-4, item 5-7, overflowed record
 * type 8, sequence 9-10, last-overflow indicator 11 ("9" last, "0" more follow), then the bank's
 * detail).
 */
record LockboxOverflow(
    long line,
    Optional<String> batchNumber,
    Optional<String> itemNumber,
    Optional<String> overflowRecordType,
    Optional<Integer> sequenceNumber,
    Optional<String> lastOverflow,
    Optional<String> invoiceNumber,
    Optional<BigDecimal> invoiceAmount) {

  /** The standard's last-overflow indicator value: no more overflow records for this check. */
  static final String LAST = "9";

  /** The standard's indicator value for "more overflow records follow". */
  static final String MORE = "0";

  static Optional<LockboxOverflow> read(LockboxFields fields) {
    return Optional.of(
        new LockboxOverflow(
            fields.line(),
            fields.text("batchNumber"),
            fields.text("itemNumber"),
            fields.text("overflowRecordType"),
            fields.count("sequenceNumber"),
            fields.text("lastOverflow"),
            fields.text("invoiceNumber"),
            fields.amount("invoiceAmount")));
  }
}
