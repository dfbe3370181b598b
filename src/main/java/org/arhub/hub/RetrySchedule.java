package org.arhub.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a delivery that failed for a passing reason (server down, timeout) is tried again: the wait
 * doubles from {@code first} up to {@code max}; after {@code maxAttempts} tries it is not tried
 * again and an operator is told.
 */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {
  public RetrySchedule {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "retry schedule needs 0 < first <= max and maxAttempts >= 1, got "
              + first
              + ", "
              + max
              + ", "
              + maxAttempts);
    }
  }

  /** After the {@code attempts}-th failed try (1 = the first): when to try again, if at all. */
  public Optional<Instant> next(int attempts, Instant failedAt) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return Optional.of(failedAt.plus(wait.compareTo(max) > 0 ? max : wait));
  }
}
