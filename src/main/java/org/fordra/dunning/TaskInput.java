package org.fordra.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.fordra.money.Money;

/**
 * Reads what a person entered in a task form. Anything missing or malformed refuses the
 * completion with a message that names the field, so the task stays open and nothing changes.
 */
final class TaskInput {

  private final VariableScope scope;

  TaskInput(VariableScope scope) {
    this.scope = scope;
  }

  <E extends Enum<E>> E choice(String field, Class<E> type) {
    String value = text(field);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      throw refuse(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  String text(String field) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw refuse(field, "is required");
    }
    return value.toString().trim();
  }

  String optionalText(String field) {
    Object value = scope.getVariable(field);
    return value == null ? "" : value.toString().trim();
  }

  LocalDate date(String field) {
    Object value = scope.getVariable(field);
    if (value instanceof Date date) {
      return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    String text = text(field);
    try {
      // Camunda Forms' date fields send "2026-12-01"; accept a full timestamp too.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException notADate) {
      throw refuse(field, "'" + text + "' is not a date (yyyy-mm-dd)");
    }
  }

  int whole(String field, int min, int max) {
    Object value = scope.getVariable(field);
    long number;
    try {
      number =
          value instanceof Number n
              ? new BigDecimal(n.toString()).longValueExact()
              : new BigDecimal(text(field)).longValueExact();
    } catch (ArithmeticException | NumberFormatException notWhole) {
      throw refuse(field, "'" + value + "' is not a whole number");
    }
    if (number < min || number > max) {
      throw refuse(field, "must be between " + min + " and " + max);
    }
    return (int) number;
  }

  Money amount(String field, java.util.Currency currency) {
    String text = text(field);
    try {
      Money money = Money.exact(new BigDecimal(text), currency);
      if (!money.isPositive()) {
        throw refuse(field, "must be more than zero");
      }
      return money;
    } catch (NumberFormatException notANumber) {
      throw refuse(field, "'" + text + "' is not an amount");
    } catch (IllegalArgumentException overPrecise) {
      throw refuse(field, "'" + text + "' " + overPrecise.getMessage());
    }
  }

  static BadUserRequestException refuse(String field, String reason) {
    return new BadUserRequestException(field + ": " + reason);
  }
}
