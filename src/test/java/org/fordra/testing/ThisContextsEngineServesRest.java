package org.fordra.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * {@code /engine-rest} and the webapps look their engine up by name ("default") in a JVM-wide
 * registry, and every Spring test context registers its engine under that name: after a context
 * on another database (the demo's, PostgreSQL's) has started, the REST API of an earlier,
 * cached context would answer from the wrong engine. Before each test, the test's own engine is
 * made the one the REST API and the webapps serve. Registered for every test in META-INF/spring.factories.
 */
public class ThisContextsEngineServesRest extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ContextEngine.of(testContext).ifPresent(engine -> {
      ProcessEngines.registerProcessEngine(engine);
      servedToTheWebapps(engine);
      webappsRunning();
    });
  }

  /**
   * The webapps (Cockpit, Tasklist, their login) find their engine in the runtime container's
   * registry instead: a context closed earlier (a cluster node's, the demo's) may have taken
   * "default" out of it, or left another context's engine there.
   */
  private static void servedToTheWebapps(ProcessEngine engine) {
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered =
        container.getProcessEngineService().getProcessEngine(engine.getName());
    if (registered == engine) {
      return;
    }
    if (registered != null) {
      container.unregisterProcessEngine(registered);
    }
    container.registerProcessEngine(engine);
  }

  /**
   * The webapps keep their runtime delegates in static fields, set when a webapp starts and set
   * to null when any webapp stops: a context closed after this one started (the cluster test's
   * nodes, an evicted context) leaves Cockpit, Tasklist and Admin answering 500. Set them again,
   * as the webapps' own bootstrap does.
   */
  private static void webappsRunning() {
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }

  @Override
  public int getOrder() {
    // After dependency injection (2000), before the test's own @BeforeEach methods run.
    return 2500;
  }
}
