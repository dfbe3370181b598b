package org.arhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

  @Test
  void theWaitDoublesUpToTheMaximum() {
    assertThat(schedule.next(1, T)).contains(T.plusSeconds(30));
    assertThat(schedule.next(2, T)).contains(T.plusSeconds(60));
    assertThat(schedule.next(3, T)).contains(T.plusSeconds(120));
    assertThat(schedule.next(4, T)).contains(T.plusSeconds(240));
    assertThat(schedule.next(5, T)).contains(T.plusSeconds(300));
  }

  @Test
  void afterTheLastAttemptThereIsNoNextOne() {
    assertThat(schedule.next(6, T)).isEmpty();
    assertThat(schedule.next(7, T)).isEmpty();
  }

  @Test
  void aScheduleThatCannotWorkIsRefused() {
    assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
