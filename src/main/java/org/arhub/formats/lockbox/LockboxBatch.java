package org.arhub.formats.lockbox;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A batch while its checks stream past: what its batch total (7) must agree with. Only the item
 * numbers are kept (to catch an item sent twice), and they are dropped when the batch closes.
 */
final class LockboxBatch {
  private final LockboxDetailHeader header;
  private final Map<String, Long> items = new HashMap<>();
  private BigDecimal amount = BigDecimal.ZERO;
  private int checks;
  private boolean unreadableCheck;

  LockboxBatch(LockboxDetailHeader header) {
    this.header = header;
  }

  LockboxDetailHeader header() {
    return header;
  }

  String describe() {
    return "batch "
        + header.batchNumber()
        + " of lockbox "
        + header.lockboxNumber()
        + " (line "
        + header.line()
        + ")";
  }

  /** Counts a check in; returns the line of an earlier check with the same item number, if any. */
  Optional<Long> add(LockboxDetail check) {
    checks++;
    amount = amount.add(check.amount());
    return Optional.ofNullable(items.putIfAbsent(check.itemNumber(), check.line()));
  }

  /** A check of this batch could not be read: its totals cannot be checked. */
  void unreadableCheck() {
    checks++;
    unreadableCheck = true;
  }

  boolean totalsKnown() {
    return !unreadableCheck;
  }

  BigDecimal amount() {
    return amount;
  }

  int checks() {
    return checks;
  }
}
