package org.fordra.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;

/** Checks {@link Amount}; {@link #problem} is the same rule for code that checks by hand. */
public class AmountCheck implements ConstraintValidator<Amount, Amount.InCurrency> {

  /** The largest amount the database holds exactly (numeric(19,4)). */
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

  @Override
  public boolean isValid(Amount.InCurrency request, ConstraintValidatorContext context) {
    if (request == null) {
      return true;
    }
    Optional<java.util.Currency> currency = CurrencyCheck.known(request.currency());
    if (currency.isEmpty()) {
      return true;
    }
    Optional<String> problem = problem(request.amount(), currency.get());
    if (problem.isPresent()) {
      context.disableDefaultConstraintViolation();
      Violations.add(problem.get(), "amount", context);
      return false;
    }
    return true;
  }

  /** Why {@code value} is not an amount in {@code currency}; empty when it is one. */
  public static Optional<String> problem(BigDecimal value, java.util.Currency currency) {
    if (value == null) {
      return Optional.of("is required");
    }
    if (value.signum() <= 0) {
      return Optional.of("must be more than zero");
    }
    if (value.compareTo(LIMIT) >= 0) {
      return Optional.of("is too large");
    }
    try {
      Money.exact(value, currency);
      return Optional.empty();
    } catch (IllegalArgumentException overPrecise) {
      return Optional.of(value.toPlainString() + " " + overPrecise.getMessage());
    }
  }
}
