package org.fordra.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.fordra.money.DecimalStrings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of Fordra's API into an RFC 9457 problem: bad input is a 4xx that names
 * the field and the reason; only a fault of Fordra itself is a 500, and it says no more than that.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(InvalidField.class)
  ResponseEntity<Object> invalid(InvalidField e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.errors());
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Object> notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<Object> conflict(Conflict e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
  }

  @ExceptionHandler(Forbidden.class)
  ResponseEntity<Object> forbidden(Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
  }

  /** Two requests raced for the same record and the other one won: the caller may try again. */
  @ExceptionHandler({
    DataIntegrityViolationException.class,
    OptimisticLockingException.class,
    ObjectOptimisticLockingFailureException.class
  })
  ResponseEntity<Object> raced(RuntimeException e) {
    log.info("Request lost a race for the same record: {}", e.getMessage());
    return problem(
        HttpStatus.CONFLICT,
        "Conflict",
        "Another change to the same record came first; nothing was changed. Try again.",
        null);
  }

  /** A statutory rate for a period is not in the rate file yet: an operator must add it. */
  @ExceptionHandler(Unavailable.class)
  ResponseEntity<Object> unavailable(Unavailable e) {
    log.error("{}: {}", e.title(), e.getMessage());
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE, e.title(), e.getMessage() + ". Nothing was changed.", null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    if (BodyTooLarge.in(e).isPresent()) {
      return tooLarge(BodyTooLarge.in(e).get());
    }
    log.error("Unexpected failure in the API", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal Server Error",
        "Fordra could not handle this request; nothing was changed. The error is logged.",
        null);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidField.FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new InvalidField.FieldError(f.getField(), f.getDefaultMessage()))
            .toList();
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (BodyTooLarge.in(e).isPresent()) {
      return tooLarge(BodyTooLarge.in(e).get());
    }
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String reason = reasonFor(mapping);
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          field + ": " + reason,
          List.of(new InvalidField.FieldError(field, reason)));
    }
    String detail =
        cause instanceof JsonProcessingException json
            ? "The body is not valid JSON: " + json.getOriginalMessage()
            : "The request needs a JSON body.";
    return problem(HttpStatus.BAD_REQUEST, "Malformed request", detail, null);
  }

  /** The body went past the endpoint's limit while it was read (security/RequestBodyLimit). */
  private static ResponseEntity<Object> tooLarge(BodyTooLarge e) {
    ResponseEntity<Object> problem =
        problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content Too Large", BodyTooLarge.detail(e.limit()), null);
    ((ProblemDetail) problem.getBody()).setProperty("limit", e.limit());
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .header(HttpHeaders.CONNECTION, "close")
        .body(problem.getBody());
  }

  private static String reasonFor(JsonMappingException mapping) {
    if (mapping instanceof DecimalStrings.NotADecimalString decimal) {
      return decimal.reason();
    }
    if (mapping instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        return "'" + format.getValue() + "' is not one of " + List.of(target.getEnumConstants());
      }
      if (target == java.time.LocalDate.class) {
        return "'" + format.getValue() + "' is not a date (yyyy-mm-dd)";
      }
      if (target == java.math.BigDecimal.class) {
        return "'" + format.getValue() + "' is not a decimal amount";
      }
      return "'" + format.getValue() + "' is not a valid value";
    }
    if (mapping instanceof MismatchedInputException mismatched
        && mismatched.getTargetType() != null) {
      return "has the wrong type (expected " + mismatched.getTargetType().getSimpleName() + ")";
    }
    return "is not valid: " + mapping.getOriginalMessage();
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String reason = "'" + e.getValue() + "' is not a valid value";
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        field + ": " + reason,
        List.of(new InvalidField.FieldError(field, reason)));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(response.getBody());
  }

  static ResponseEntity<Object> problem(
      HttpStatus status, String title, String detail, List<InvalidField.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (errors != null && !errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
