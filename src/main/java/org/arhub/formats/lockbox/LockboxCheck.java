package org.arhub.formats.lockbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A check (record 6) with the overflow records (4) that continue it, until the next record closes
 * it.
 */
final class LockboxCheck {
  private final LockboxDetail detail;
  private final LockboxBatch batch;
  private final List<LockboxOverflow> overflows = new ArrayList<>();

  LockboxCheck(LockboxDetail detail, LockboxBatch batch) {
    this.detail = detail;
    this.batch = batch;
  }

  LockboxDetail detail() {
    return detail;
  }

  LockboxBatch batch() {
    return batch;
  }

  List<LockboxOverflow> overflows() {
    return overflows;
  }

  void add(LockboxOverflow overflow) {
    overflows.add(overflow);
  }

  LockboxOverflow lastOverflow() {
    return overflows.isEmpty() ? null : overflows.get(overflows.size() - 1);
  }
}
