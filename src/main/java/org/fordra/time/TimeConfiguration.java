package org.fordra.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfiguration {

  /** The creditor's business day is counted in this zone (due dates, "today" in reports). */
  @Bean
  Clock clock(@Value("${fordra.zone:UTC}") String zone) {
    return new EngineClock(ZoneId.of(zone));
  }
}
