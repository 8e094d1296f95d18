package org.fordra.testing;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * After each test of a Spring context, the engine clock (and the application's Clock that follows
 * it) is back at the real now: the clock is JVM-wide, so a test that moved it would otherwise
 * leave the next test, of any class, on its day. Registered for every test in
 * META-INF/spring.factories.
 */
public class ClockBackToNow extends AbstractTestExecutionListener {

  @Override
  public void afterTestMethod(TestContext testContext) {
    ClockUtil.reset();
  }

  @Override
  public int getOrder() {
    // Runs after the test's own @AfterEach methods, like the copies it replaces did.
    return 2600;
  }
}
