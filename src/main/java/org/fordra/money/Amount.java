package org.fordra.money;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@code amount} of a request in its {@code currency} ({@link AmountInCurrency}): present,
 * more than zero, below 10^15 and with at most the currency's decimals (2 for EUR, 0 for JPY),
 * never rounded. On the request type, because the decimals depend on the currency; the error is
 * the field {@code amount}'s. Not checked while the currency itself is wrong ({@link Currency}
 * says so).
 */
@Documented
@Constraint(validatedBy = AmountCheck.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Amount {

  String message() default "is not an amount in the currency";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A request that sends an amount in a currency. */
  interface InCurrency {

    java.math.BigDecimal amount();

    String currency();
  }
}
