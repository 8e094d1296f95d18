package org.fordra.cluster;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.FordraApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A Fordra node in a JVM of its own, so that a test can kill it as hard as a power cut
 * ({@code kill -9}): no shutdown hook, no graceful stop of the job executor. Its engine clock is
 * the test's (the same offset from the machine's clock, ticking alike), given as a system
 * property, so both JVMs agree on when a job is due and when a lock expires.
 */
public final class ClusterNodeProcess {

  static final String CLOCK_OFFSET = "fordra.test.clock-offset-millis";

  private ClusterNodeProcess() {}

  public static void main(String[] args) {
    ClockUtil.offset(Long.getLong(CLOCK_OFFSET, 0L));
    new SpringApplicationBuilder(FordraApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("test", "postgres")
        .run(args);
  }
}
