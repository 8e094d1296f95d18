package org.fordra.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link FordraTest} again on a real PostgreSQL 17 with the production profile: one second
 * Spring context, on one database of {@link TestPostgres}, that every class so annotated shares
 * (as the H2 ones share theirs), instead of a context and a database per class. It is closed
 * before the server stops (see {@link TestPostgres}), so these classes need no
 * {@code @DirtiesContext}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@FordraTest
@ActiveProfiles({"test", "postgres"})
@TestPropertySource(
    properties = {
      "camunda.bpm.admin-user.password=a-long-test-password",
      "fordra.agency.folder=target/test-agency-cases",
      "fordra.notices.outbox=target/test-outbox"
    })
@ContextConfiguration(initializers = TestPostgres.SharedDatabase.class)
public @interface FordraTestOnPostgres {}
