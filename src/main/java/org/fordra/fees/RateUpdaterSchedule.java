package org.fordra.fees;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link RateUpdater} shortly after start and then every few hours, when
 * {@code fordra.rates.updater.enabled} is true (the default; {@code FORDRA_RATES_UPDATER=false}
 * turns it off). Tests never fetch: their classpath sets it false. Offline, the demo simply keeps
 * the rates it ships with.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "fordra.rates.updater.enabled", havingValue = "true")
class RateUpdaterSchedule {

  private final RateUpdater updater;

  RateUpdaterSchedule(RateUpdater updater) {
    this.updater = updater;
  }

  @Scheduled(
      initialDelayString = "${fordra.rates.updater.initial-delay:PT1M}",
      fixedDelayString = "${fordra.rates.updater.every:PT6H}")
  void update() {
    updater.update();
  }
}
