package org.fordra.api;

import java.util.List;

/** One or more fields of a request are wrong: 400 with each field and the reason. */
public class InvalidField extends RuntimeException {

  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidField(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidField(List<FieldError> errors) {
    super(
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid request"));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
