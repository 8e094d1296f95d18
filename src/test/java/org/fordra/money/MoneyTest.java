package org.fordra.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void exactAmountsTakeTheCurrencysScale() {
    assertThat(Money.exact(new BigDecimal("1250"), EUR).toString()).isEqualTo("1250.00");
    assertThat(Money.exact(new BigDecimal("1250.5000"), EUR).toString()).isEqualTo("1250.50");
    assertThat(Money.exact(new BigDecimal("500"), JPY).toString()).isEqualTo("500");
  }

  @Test
  void overPreciseInputIsRefusedNotRounded() {
    assertThatThrownBy(() -> Money.exact(new BigDecimal("10.001"), EUR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2 decimals");
    assertThatThrownBy(() -> Money.exact(new BigDecimal("5.5"), JPY))
        .hasMessageContaining("more than 0 decimals");
  }

  @Test
  void computedAmountsRoundHalfUp() {
    assertThat(Money.rounded(new BigDecimal("0.125"), EUR).toString()).isEqualTo("0.13");
    assertThat(Money.rounded(new BigDecimal("0.124999"), EUR).toString()).isEqualTo("0.12");
    assertThat(Money.rounded(new BigDecimal("-0.125"), EUR).toString()).isEqualTo("-0.13");
  }

  @Test
  void currenciesAreNeverMixed() {
    assertThatThrownBy(() -> Money.zero(EUR).plus(Money.zero(JPY)))
        .hasMessageContaining("cannot combine");
  }
}
