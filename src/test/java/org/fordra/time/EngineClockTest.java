package org.fordra.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineClockTest {

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void followsTheEngineClockWhenATestMovesIt() {
    EngineClock clock = new EngineClock(ZoneId.of("Europe/Stockholm"));
    Instant moved = Instant.parse("2027-01-15T23:30:00Z");
    ClockUtil.setCurrentTime(Date.from(moved));

    assertThat(clock.instant()).isEqualTo(moved);
    // Half past midnight in Stockholm is already the next day.
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2027, 1, 16));
    assertThat(LocalDate.now(clock.withZone(ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2027, 1, 15));
  }
}
