package org.fordra.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.breathingspace.Moratoria;
import org.fordra.customer.CreditsHeld;
import org.fordra.customer.CustomerRepository;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.InvoiceViews;
import org.fordra.payments.PaymentBooking;
import org.fordra.security.ApiTokens;
import org.fordra.security.LoginThrottle;
import org.mockito.Answers;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The API's web layer alone, for the cases that end before a service is called: bad input that
 * the controllers, Jackson or Bean Validation refuse with a problem+json 400. One configuration
 * for every class so annotated, so Spring starts this slice once (seconds, no engine, no
 * database); a class that adds mocks or properties of its own would start another.
 *
 * <p>What runs is what runs in Fordra: the controllers of customers, invoices and payments, the
 * problem advice ({@code ApiProblems}, {@code ApiRouteProblems}), the request JSON ({@code
 * RequestBodies}), the staff check ({@code StaffCheck}) and the API's Basic authentication
 * filter ({@code SecurityConfiguration}). What they call is a mock: the engine's {@link
 * IdentityService} (deep stubs, so a test can say who signs in and in which group) and
 * the services, which a test of refused input expects untouched. Each endpoint keeps one
 * end-to-end 400 in a {@link FordraTest} class, so the real wiring stays checked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
    useDefaultFilters = false,
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = {
              "org\\.fordra\\.api\\.(ApiProblems|ApiRouteProblems|RequestBodies|StaffCheck)",
              "org\\.fordra\\.security\\.(SecurityConfiguration|BodySizeLimits)",
              "org\\.fordra\\.customer\\.CustomerController",
              "org\\.fordra\\.invoice\\.InvoiceController",
              "org\\.fordra\\.payments\\.PaymentController"
            }))
@ActiveProfiles("test")
@MockitoBean(types = IdentityService.class, answers = Answers.RETURNS_DEEP_STUBS)
@MockitoBean(
    types = {
      LoginThrottle.class,
      ApiTokens.class,
      Clock.class,
      CustomerRepository.class,
      CreditsHeld.class,
      Moratoria.class,
      InvoiceRegistration.class,
      InvoiceViews.class,
      PaymentBooking.class
    })
public @interface FordraWebSlice {}
