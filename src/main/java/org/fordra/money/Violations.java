package org.fordra.money;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A constraint's message that quotes what the request sent. The text goes in as a message
 * parameter, never into the template: a template is interpolated, and a client's "${...}" must
 * stay text.
 */
final class Violations {

  private Violations() {}

  static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
    if (problem.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    add(problem.get(), null, context);
    return false;
  }

  static void add(String message, String field, ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.addMessageParameter("problem", message);
    var violation = hibernate.buildConstraintViolationWithTemplate("{problem}");
    if (field == null) {
      violation.addConstraintViolation();
    } else {
      violation.addPropertyNode(field).addConstraintViolation();
    }
  }
}
