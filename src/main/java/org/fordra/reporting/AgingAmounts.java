package org.fordra.reporting;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.fordra.money.Money;

/** Outstanding principal in one currency, split by how late it is. */
public final class AgingAmounts {

  private final Currency currency;
  private final Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);

  AgingAmounts(Currency currency, Map<AgingBucket, BigDecimal> sums) {
    this.currency = currency;
    for (AgingBucket bucket : AgingBucket.values()) {
      BigDecimal sum = sums.get(bucket);
      amounts.put(bucket, Money.exact(sum == null ? BigDecimal.ZERO : sum, currency));
    }
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  public Money get(AgingBucket bucket) {
    return amounts.get(bucket);
  }

  public Money total() {
    return amounts.values().stream().reduce(Money.zero(currency), Money::plus);
  }

  /** The largest bucket: the scale of the chart. */
  public Money largest() {
    return amounts.values().stream().max(Money::compareTo).orElseThrow();
  }
}
