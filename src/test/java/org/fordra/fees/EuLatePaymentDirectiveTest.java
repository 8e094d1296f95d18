package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import org.fordra.customer.CustomerType;
import org.junit.jupiter.api.Test;

class EuLatePaymentDirectiveTest {

  private final EuLatePaymentDirective law = new EuLatePaymentDirective();

  @Test
  void ecbRatePlusEightAcrossTheJuly2025Change() {
    // French business, EUR 2,000 due 15 June 2025: 15 days at 3.15 + 8, 14 days at 2.15 + 8: 16.95
    var claim = AClaim.business("FR").in("EUR", "2000.00").due(day(2025, 6, 15)).build();
    assertThat(interest(law, claim, day(2025, 7, 14))).isEqualTo("16.95");
  }

  @Test
  void fortyEurosOnceAndOnlyInEuro() {
    var claim = AClaim.business("FR").due(day(2025, 6, 15)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 25), claim))
        .singleElement()
        .satisfies(a -> assertThat(a.max().toString()).isEqualTo("40.00"));
    var charged =
        AClaim.business("FR").due(day(2025, 6, 15))
            .alreadyCharged(ChargeType.FIXED_COMPENSATION).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_2, day(2025, 7, 5), charged)).isEmpty();
    var zloty = AClaim.business("PL").in("PLN", "2000.00").due(day(2025, 6, 15)).build();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 25), zloty)).isEmpty();
  }

  @Test
  void aNonEuroMemberStatesRateIsNotGuessed() {
    var claim = AClaim.business("PL").in("PLN", "2000.00").due(day(2025, 6, 15)).build();
    assertThatThrownBy(() -> interest(law, claim, day(2025, 7, 14)))
        .isInstanceOf(MissingReferenceRate.class)
        .hasMessageContaining("CENTRAL_BANK_PL");
  }

  @Test
  void jurisdictionsPickTheDirectiveForEuBusinessesOnly() {
    var all = new Jurisdictions(FeeSettings.defaults(), WorkedExamples.RATES);
    assertThat(all.of("FR", CustomerType.BUSINESS)).isInstanceOf(EuLatePaymentDirective.class);
    assertThat(all.of("FR", CustomerType.CONSUMER)).isInstanceOf(ContractTermsOnly.class);
    assertThat(all.of("DE", CustomerType.CONSUMER)).isInstanceOf(GermanLaw.class);
    assertThat(all.of("GB", CustomerType.BUSINESS)).isInstanceOf(UkLatePaymentAct.class);
    assertThat(all.of("US", CustomerType.CONSUMER).name()).startsWith("US consumer");
    assertThat(all.of("JP", CustomerType.BUSINESS)).isInstanceOf(ContractTermsOnly.class);
  }

  @Test
  void ecbRatePlusEightAcrossTheJuly2024Change() {
    // Irish business, EUR 5,000 due 20 June 2024: 10 days at 4.50 + 8, 20 days at 4.25 + 8: 50.68
    var claim = AClaim.business("IE").in("EUR", "5000.00").due(day(2024, 6, 20)).build();
    assertThat(interest(law, claim, day(2024, 7, 20))).isEqualTo("50.68");
  }
}
