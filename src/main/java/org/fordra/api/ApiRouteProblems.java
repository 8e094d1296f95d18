package org.fordra.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problems with the route rather than the request: an /api path nobody answers (404), a method
 * it does not take (405), a body type it does not read (415), an answer type it cannot give
 * (406). No controller of Fordra's has been chosen yet, so {@link ApiProblems} (which speaks for
 * Fordra's controllers) does not see them; this answers them as problem+json too, for /api only.
 * Everything else goes on to Spring's defaults (Fordra's pages, Camunda's webapps).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRouteProblems {

  @ExceptionHandler({
    NoResourceFoundException.class,
    NoHandlerFoundException.class,
    HttpRequestMethodNotSupportedException.class,
    HttpMediaTypeNotSupportedException.class,
    HttpMediaTypeNotAcceptableException.class
  })
  ResponseEntity<Object> route(Exception e, HttpServletRequest request) throws Exception {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") || !(e instanceof ErrorResponse error)) {
      // Rethrown as it is: Spring's next resolver answers it as it did before.
      throw e;
    }
    HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
    String detail = detail(e, path, error);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    return ResponseEntity.status(status)
        .headers(error.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String detail(Exception e, String path, ErrorResponse error) {
    if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
      return "Fordra's API has no " + path + ".";
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return path + " does not take " + method.getMethod()
          + (method.getSupportedHttpMethods() == null
              ? "."
              : "; it takes " + method.getSupportedHttpMethods().stream()
                  .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".");
    }
    if (e instanceof HttpMediaTypeNotSupportedException type) {
      return "Fordra cannot read a body of type " + type.getContentType() + " here; send "
          + type.getSupportedMediaTypes().stream()
              .map(MediaType::toString).collect(Collectors.joining(" or ")) + ".";
    }
    if (e instanceof HttpMediaTypeNotAcceptableException type) {
      return "Fordra can answer " + path + " only as "
          + type.getSupportedMediaTypes().stream()
              .map(MediaType::toString).collect(Collectors.joining(" or ")) + ".";
    }
    return error.getBody().getDetail();
  }
}
