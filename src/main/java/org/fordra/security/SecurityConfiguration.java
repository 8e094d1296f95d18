package org.fordra.security;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nothing is open by default: the API and the engine's REST API both need a login. */
@Configuration
class SecurityConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      IdentityService identity, LoginThrottle throttle, Clock clock) {
    var registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, throttle, clock));
    registration.addUrlPatterns("/api/*");
    registration.setName("fordra-api-authentication");
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
