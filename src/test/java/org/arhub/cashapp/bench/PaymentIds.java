package org.arhub.cashapp.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * Gives each payment the id the hub's reader will give it, unique across the run, and decides which
 * file of its format it goes into: at most {@code perFile} payments a file. A lockbox file is one
 * lockbox (7001, 7002, ...) of batches of 100 checks, so its ids {@code <lockbox>-<batch>-<item>}
 * are known before the file is written.
 */
final class PaymentIds {
  static final int CHECKS_PER_BATCH = 100;

  private final int perFile;
  private final String day;
  private final Map<PaymentFormat, Integer> issued = new EnumMap<>(PaymentFormat.class);

  PaymentIds(int perFile, LocalDate day) {
    if (perFile < 1 || perFile > 99_900) {
      throw new IllegalArgumentException("payments per file must be 1..99900, not " + perFile);
    }
    this.perFile = perFile;
    this.day = DateTimeFormatter.ofPattern("yyMMdd").format(day);
  }

  String next(PaymentFormat format) {
    int n = issued.merge(format, 1, Integer::sum) - 1;
    return switch (format) {
      case CAMT053 -> String.format("TX%s%08d", day, n + 1);
      case BAI2 -> String.format("BR%s%08d", day, n + 1);
      case LOCKBOX -> {
        int within = n % perFile;
        yield String.format(
            "%07d-%03d-%03d",
            7001 + n / perFile, within / CHECKS_PER_BATCH + 1, within % CHECKS_PER_BATCH + 1);
      }
    };
  }

  int perFile() {
    return perFile;
  }
}
