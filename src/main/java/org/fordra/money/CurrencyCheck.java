package org.fordra.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link Currency}; {@link #problem} is the same rule for code that checks by hand. */
public class CurrencyCheck implements ConstraintValidator<Currency, String> {

  @Override
  public boolean isValid(String code, ConstraintValidatorContext context) {
    return Violations.report(problem(code), context);
  }

  /** Why {@code code} is not a currency invoices are paid in; empty when it is one. */
  public static Optional<String> problem(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("is required");
    }
    return known(code).isPresent()
        ? Optional.empty()
        : Optional.of(
            "'" + code + "' " + (iso(code).isPresent()
                ? "is not a currency invoices are paid in"
                : "is not an ISO 4217 currency code"));
  }

  /** The currency of a valid {@code code}. */
  public static Optional<java.util.Currency> known(String code) {
    return iso(code).filter(currency -> currency.getDefaultFractionDigits() >= 0);
  }

  private static Optional<java.util.Currency> iso(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.util.Currency.getInstance(code.trim()));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
