package org.fordra.payments;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.fordra.money.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Below which amount, per currency, unpaid interest a notice stated is written off when the rest
 * of the claim is paid ({@code fordra.interest.write-off-below.EUR=5.00}). A currency not named
 * writes off nothing: by default every cent a letter demanded stays claimed.
 */
@ConfigurationProperties("fordra.interest")
record InterestWriteOffSettings(Map<String, BigDecimal> writeOffBelow) {

  InterestWriteOffSettings {
    writeOffBelow = writeOffBelow == null ? Map.of() : Map.copyOf(writeOffBelow);
    // A wrong currency code or more decimals than the currency has stops the start, not a case.
    writeOffBelow.forEach((code, amount) -> Money.exact(amount, Currency.getInstance(code)));
  }

  Money below(Currency currency) {
    BigDecimal amount = writeOffBelow.get(currency.getCurrencyCode());
    return amount == null ? Money.zero(currency) : Money.exact(amount, currency);
  }
}
