package org.fordra.api;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.fordra.api.InvalidField.FieldError;
import org.springframework.stereotype.Component;

/**
 * A request record's Bean Validation constraints ({@code @Currency}, {@code @Amount}, ...) as the
 * API's field errors, for a service that adds them to the errors it finds itself (a customer
 * that does not exist, a date before another) and answers all of them in one 400.
 */
@Component
public class RequestConstraints {

  private final Validator validator;

  RequestConstraints(Validator validator) {
    this.validator = validator;
  }

  /** The violated constraints of {@code request}, in the order of {@code fields}. */
  public List<FieldError> errors(Object request, List<String> fields) {
    return validator.validate(request).stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(Comparator.comparingInt(error -> order(fields, error.field())))
        .toList();
  }

  private static int order(List<String> fields, String field) {
    int index = fields.indexOf(field);
    return index < 0 ? fields.size() : index;
  }
}
