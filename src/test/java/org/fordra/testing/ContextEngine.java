package org.fordra.testing;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;

/** The process engine of a test's Spring context, if it has one context and one engine. */
final class ContextEngine {

  private ContextEngine() {}

  static Optional<ProcessEngine> of(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return Optional.empty();
    }
    ApplicationContext context = testContext.getApplicationContext();
    String[] engines = context.getBeanNamesForType(ProcessEngine.class, false, false);
    return engines.length == 1
        ? Optional.of(context.getBean(engines[0], ProcessEngine.class))
        : Optional.empty();
  }
}
