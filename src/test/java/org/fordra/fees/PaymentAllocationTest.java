package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.DAILY;
import static org.fordra.fees.WorkedExamples.day;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.fordra.money.Money;
import org.junit.jupiter.api.Test;

class PaymentAllocationTest {

  private static Money eur(String amount) {
    return Money.exact(new BigDecimal(amount), Currency.getInstance("EUR"));
  }

  @Test
  void costsThenInterestThenPrincipal() {
    var applied =
        PaymentAllocation.apply(
            PaymentOrder.COSTS_INTEREST_PRINCIPAL, eur("100.00"), eur("40.00"), eur("10.00"),
            eur("1000.00"));
    assertThat(applied.costs()).isEqualTo(eur("40.00"));
    assertThat(applied.interest()).isEqualTo(eur("10.00"));
    assertThat(applied.principal()).isEqualTo(eur("50.00"));
    assertThat(applied.overpaid()).isEqualTo(eur("0.00"));
  }

  @Test
  void aSmallPaymentPaysCostsOnly() {
    var applied =
        PaymentAllocation.apply(
            PaymentOrder.COSTS_INTEREST_PRINCIPAL, eur("30.00"), eur("40.00"), eur("10.00"),
            eur("1000.00"));
    assertThat(applied.costs()).isEqualTo(eur("30.00"));
    assertThat(applied.interest()).isEqualTo(eur("0.00"));
    assertThat(applied.principal()).isEqualTo(eur("0.00"));
  }

  @Test
  void anotherOrderWhereALawSaysSoAndOverpaymentIsLeftOver() {
    var applied =
        PaymentAllocation.apply(
            PaymentOrder.COSTS_PRINCIPAL_INTEREST, eur("1060.00"), eur("40.00"), eur("10.00"),
            eur("1000.00"));
    assertThat(applied.principal()).isEqualTo(eur("1000.00"));
    assertThat(applied.interest()).isEqualTo(eur("10.00"));
    assertThat(applied.overpaid()).isEqualTo(eur("10.00"));
  }

  @Test
  void aPartPaymentPaysInterestFirstAndInterestRunsOnOnWhatPrincipalIsLeft() {
    // DE business EUR 1,000 due 31 May 2025 (11.27 %). 10 days of interest to 10 June: 3.09.
    // EUR 500 paid 11 June: 3.09 interest, 496.91 principal; 503.09 left for 11..30 June:
    // 1000 x 11.27 x 10 / 36500 + 503.09 x 11.27 x 20 / 36500 = 6.19
    var terms =
        new GermanLaw(FeeSettings.defaults())
            .interest(AClaim.business("DE").due(day(2025, 5, 31)).dueDateAgreed().build())
            .orElseThrow();
    var ledger =
        new StatutoryLateInterest.Ledger(
            terms, PaymentOrder.COSTS_INTEREST_PRINCIPAL, eur("1000.00"), List.of(), DAILY);
    ledger.pay(day(2025, 6, 11), eur("500.00"));
    assertThat(ledger.interestPaid()).isEqualTo(eur("3.09"));
    assertThat(ledger.principal()).isEqualTo(eur("503.09"));
    assertThat(ledger.accruedUntil(day(2025, 6, 30))).isEqualTo(eur("6.19"));
  }
}
