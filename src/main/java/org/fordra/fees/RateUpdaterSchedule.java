package org.fordra.fees;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link RateUpdater} a minute after start and then every few hours, when
 * {@code fordra.rates.updater.enabled} is true (production: {@code FORDRA_RATES_UPDATER=true}).
 * Off in tests and in the demo, which must not depend on the network.
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
