package org.fordra.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * {@code /engine-rest} and the webapps look their engine up by name ("default") in a JVM-wide
 * registry, and every Spring test context registers its engine under that name: after a context
 * on another database (the demo's, PostgreSQL's) has started, the REST API of an earlier,
 * cached context would answer from the wrong engine. Before each test, the test's own engine is
 * made the one the REST API serves. Registered for every test in META-INF/spring.factories.
 */
public class ThisContextsEngineServesRest extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    String[] engines = context.getBeanNamesForType(ProcessEngine.class, false, false);
    if (engines.length == 1) {
      ProcessEngines.registerProcessEngine(context.getBean(engines[0], ProcessEngine.class));
    }
  }

  @Override
  public int getOrder() {
    // After dependency injection (2000), before the test's own @BeforeEach methods run.
    return 2500;
  }
}
