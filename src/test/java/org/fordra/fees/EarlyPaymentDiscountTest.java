package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.fordra.invoice.EarlyPaymentDiscount;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

class EarlyPaymentDiscountTest {

  private final EarlyPaymentDiscount twoPercentInTenDays =
      new EarlyPaymentDiscount(new BigDecimal("2"), 10);

  @Test
  void theDiscountedAmountIsRoundedHalfUpToTheCent() {
    // 999.99 x 0.98 = 979.9902 -> 979.99; 1,000.25 x 0.98 = 980.245 -> 980.25
    assertThat(discounted("999.99")).isEqualTo("979.99");
    assertThat(discounted("1000.25")).isEqualTo("980.25");
    assertThat(discounted("1000.00")).isEqualTo("980.00");
  }

  @Test
  void theWindowIncludesItsLastDay() {
    assertThat(twoPercentInTenDays.lastDay(LocalDate.of(2026, 3, 2)))
        .isEqualTo(LocalDate.of(2026, 3, 12));
  }

  @Test
  void nonsenseDiscountsAreRefused() {
    assertThatThrownBy(() -> new EarlyPaymentDiscount(new BigDecimal("100"), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EarlyPaymentDiscount(BigDecimal.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EarlyPaymentDiscount(BigDecimal.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String discounted(String amount) {
    return twoPercentInTenDays
        .discounted(Money.exact(new BigDecimal(amount), Currency.getInstance("EUR")))
        .toString();
  }
}
