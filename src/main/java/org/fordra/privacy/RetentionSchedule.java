package org.fordra.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention job once a night ({@code fordra.privacy.retention.job.cron}); off in tests. */
@Component
@EnableScheduling
@ConditionalOnProperty(
    name = "fordra.privacy.retention.job.enabled",
    havingValue = "true",
    matchIfMissing = true)
class RetentionSchedule {

  private final RetentionJob job;

  RetentionSchedule(RetentionJob job) {
    this.job = job;
  }

  @Scheduled(cron = "${fordra.privacy.retention.job.cron:0 30 2 * * *}")
  void nightly() {
    job.run();
  }
}
