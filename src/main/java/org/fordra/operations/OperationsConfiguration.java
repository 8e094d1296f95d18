package org.fordra.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OperationsConfiguration {

  @Bean
  FilterRegistrationBean<OperationsAccess> operationsAccess(IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new OperationsAccess(identity));
    registration.addUrlPatterns("/actuator/*", "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui/*",
        "/swagger-ui.html");
    registration.setName("fordra-operations-access");
    return registration;
  }
}
