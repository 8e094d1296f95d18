package org.fordra.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks {@link ApiFor} before the handler's arguments are bound: Spring MVC runs interceptors
 * before it reads and validates the body, so the order is authentication (the filter), then the
 * caller's groups here, then the request's content.
 */
@Configuration
class StaffCheck implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      ApiFor allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ApiFor.class);
      if (allowed != null) {
        allowed.value().require();
      }
    }
    return true;
  }
}
