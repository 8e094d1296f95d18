package org.fordra.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fordra.money.Money;

/**
 * Where a task stands in Tasklist's lists, which sort by priority (0..100, higher first): bigger
 * and older debts first. Half the weight is the size of the balance, by its number of digits (so
 * EUR 100,000 does not drown everything else: 1,000.00 scores 32, 100,000.00 scores 48), half its
 * age past the due date (a point every two days, capped at 50).
 */
final class TasklistPriority {

  private static final int MAX_PART = 50;
  private static final int POINTS_PER_DIGIT = 8;
  private static final int DAYS_PER_POINT = 2;

  private TasklistPriority() {}

  static int of(Money balance, long daysOverdue) {
    // Below one unit (or a credit) counts as one digit: such a task still sorts by its age.
    BigDecimal amount = balance.amount().max(BigDecimal.ONE);
    int digits = amount.setScale(0, RoundingMode.DOWN).toBigInteger().toString().length();
    int size = Math.min(MAX_PART, digits * POINTS_PER_DIGIT);
    int age = (int) Math.min(MAX_PART, Math.max(0, daysOverdue) / DAYS_PER_POINT);
    return size + age;
  }
}
