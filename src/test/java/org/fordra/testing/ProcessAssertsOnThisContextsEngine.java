package org.fordra.testing;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * camunda-bpm-assert keeps its engine per thread: before each test it is the engine of the
 * test's own context, not the one a test of another context (a database of its own) left there.
 * Registered for every test in META-INF/spring.factories.
 */
public class ProcessAssertsOnThisContextsEngine extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ContextEngine.of(testContext).ifPresent(BpmnAwareTests::init);
  }

  @Override
  public int getOrder() {
    // After dependency injection (2000), before the test's own @BeforeEach methods run.
    return 2500;
  }
}
