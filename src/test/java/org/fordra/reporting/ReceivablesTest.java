package org.fordra.reporting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A running Fordra on a database of its own, holding only {@link Receivables}' worked example, so
 * the report's totals are exact whatever other tests leave behind. Every class using it shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:fordra-receivables;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(Receivables.class)
public @interface ReceivablesTest {}
