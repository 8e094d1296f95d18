package org.fordra.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.fees.FeesScenario;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A running Fordra on the shared test database: the one Spring context every test class so
 * annotated shares, so the suite starts the application once instead of once per variation.
 *
 * <p>Everything a test class might need is here, switched on for all of them: the web server on
 * a random port, the scenario drivers, metrics export, the watched invoice folder (polled only by
 * the test that drops files into it), the process test coverage ({@link ProcessCoverage}). A
 * class that adds its own properties, profiles, imports or mocks gets a context of its own and
 * pays a start of the application: do that only for a database of its own (data other tests
 * must not see) or a setting that would change what the others see. Before each test the
 * process assertions use this context's engine; after it, the engine clock is back at now (see
 * {@link ClockBackToNow}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fordra.books.inbox.enabled=true",
      "fordra.books.inbox.folder=target/test-inbox/invoices",
      // Polled by InvoiceInboxTest itself, never by the schedule during a test run.
      "fordra.books.inbox.poll=PT1H",
      "fordra.books.inbox.settle=PT1S"
    })
@ActiveProfiles("test")
@AutoConfigureObservability
@Import({
  CollectionsScenario.class, InvoicesAtTasks.class, FeesScenario.class, ProcessCoverage.class
})
public @interface FordraTest {}
