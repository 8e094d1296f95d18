package org.fordra.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency, always at the currency's ISO 4217 scale (2 for EUR, 0 for JPY).
 * Amounts that come from outside (invoices, payments) must already fit that scale: they are
 * rejected, never silently rounded. Amounts Fordra computes are rounded here and only here,
 * half-up ("commercial rounding"), the rule accountants and the courts apply to invoices.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.scale() != scaleOf(currency)) {
      throw new IllegalArgumentException(
          "amount " + amount.toPlainString() + " is not at the scale of " + currency);
    }
  }

  /** An amount given from outside: exact, or an {@link IllegalArgumentException}. */
  public static Money exact(BigDecimal amount, Currency currency) {
    int scale = scaleOf(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    if (Math.max(stripped.scale(), 0) > scale) {
      throw new IllegalArgumentException(
          "has more than " + scale + " decimals for " + currency.getCurrencyCode());
    }
    return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
  }

  /** A computed amount (interest, shares of a plan), rounded to the currency's scale. */
  public static Money rounded(BigDecimal amount, Currency currency) {
    return new Money(amount.setScale(scaleOf(currency), ROUNDING), currency);
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
  }

  public static int scaleOf(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isZeroOrLess() {
    return amount.signum() <= 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** The wire format of the API: a plain decimal string such as "1250.00". */
  @Override
  public String toString() {
    return amount.toPlainString();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency);
    }
  }
}
