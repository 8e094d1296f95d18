package org.fordra.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Fordra's own pages use the Camunda webapps' login (see {@link WebappSession}). */
@Configuration
class StaffPagesConfiguration implements WebMvcConfigurer {

  private final WebappSession session;

  StaffPagesConfiguration(WebappSession session) {
    this.session = session;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new StaffPagesLogin(session));
  }
}
