package org.fordra.security;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nothing is open by default: the API and the engine's REST API both need a login. */
@Configuration
class SecurityConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      IdentityService identity, LoginThrottle throttle, Clock clock, ApiTokens tokens) {
    var registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, throttle, clock, tokens));
    registration.addUrlPatterns("/api/*");
    registration.setName("fordra-api-authentication");
    return registration;
  }

  /** CSP, no framing, no sniffing, no referrer to other sites: on all but Camunda's webapps. */
  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String camundaPath) {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders(camundaPath));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName("fordra-security-headers");
    return registration;
  }

  /** No body larger than its endpoint takes (fordra.max-body-size), refused before it is read. */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(BodySizeLimits limits) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setName("fordra-request-body-limit");
    return registration;
  }

  /** Camunda's own Basic authentication for /engine-rest, which the starter leaves off. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setName("camunda-engine-rest-authentication");
    return registration;
  }
}
