package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.day;
import static org.fordra.fees.WorkedExamples.interest;

import org.fordra.customer.CustomerType;
import org.fordra.ledger.ChargeType;
import org.junit.jupiter.api.Test;

class EuLatePaymentDirectiveTest {

  private final EuLatePaymentDirective law = new EuLatePaymentDirective(FeeSettings.defaults());

  @Test
  void ecbRatePlusEightAcrossTheJuly2025Change() {
    // French business, EUR 2,000 due 15 June 2025: 15 days at 3.15 + 8, 14 days at 2.15 + 8: 16.95
    var claim =
        AClaim.business("FR").in("EUR", "2000.00").due(day(2025, 6, 15)).dueDateAgreed().build();
    assertThat(interest(law, claim, day(2025, 7, 14))).isEqualTo("16.95");
  }

  @Test
  void fortyEurosOnceAndOnlyInEuro() {
    var claim = AClaim.business("FR").due(day(2025, 6, 15)).dueDateAgreed().build();
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
    var claim =
        AClaim.business("IE").in("EUR", "5000.00").due(day(2024, 6, 20)).dueDateAgreed().build();
    assertThat(interest(law, claim, day(2024, 7, 20))).isEqualTo("50.68");
  }

  @Test
  void withoutAnAgreedDateInterestRunsThirtyDaysAfterReceiptOfTheInvoice() {
    // Art. 3(3)(b)(i): no payment date fixed in the contract. Issued 16 May 2025, received 18 May,
    // 30 days to 17 June: interest from 18 June. 13 days at 3.15 + 8, 14 days at 2.15 + 8:
    // 2000 x (11.15 x 13 + 10.15 x 14) / 36500 = 15.73; the EUR 40 only once interest runs.
    var claim = AClaim.business("FR").in("EUR", "2000.00").due(day(2025, 6, 15)).build();
    assertThat(law.interest(claim).orElseThrow().firstDay()).isEqualTo(day(2025, 6, 18));
    assertThat(interest(law, claim, day(2025, 7, 14))).isEqualTo("15.73");
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 17), claim)).isEmpty();
    assertThat(law.allowed(FeeOccasion.REMINDER_1, day(2025, 6, 18), claim)).hasSize(1);
  }

  @Test
  void bulgariaFollowsTheEcbFromItsEuroDay() {
    // Bulgaria uses the euro from 1 January 2026. Due 31 Jan 2026 (agreed): 29 days of
    // February 2026 to 1 March at 2.15 + 8 = 10.15 %: 1000 x 10.15 x 29 / 36500 = 8.06
    var claim = AClaim.business("BG").in("EUR", "1000.00").due(day(2026, 1, 31)).dueDateAgreed().build();
    assertThat(law.interest(claim).orElseThrow().series()).isEqualTo("ECB_MRO");
    assertThat(interest(law, claim, day(2026, 3, 1))).isEqualTo("8.06");
    // Interest from 2025 needs the Bulgarian National Bank's rate first, which is not guessed.
    var before = AClaim.business("BG").in("EUR", "1000.00").due(day(2025, 12, 15)).dueDateAgreed().build();
    assertThatThrownBy(() -> interest(law, before, day(2026, 1, 10)))
        .isInstanceOf(MissingReferenceRate.class)
        .hasMessageContaining("CENTRAL_BANK_BG");
  }

  @Test
  void hungaryIsAMemberStateAndABusinessOutsideTheEuGetsContractTerms() {
    var all = new Jurisdictions(FeeSettings.defaults(), WorkedExamples.RATES);
    assertThat(EuLatePaymentDirective.MEMBER_STATES).hasSize(27).contains("HU", "BG");
    assertThat(all.of("HU", CustomerType.BUSINESS)).isInstanceOf(EuLatePaymentDirective.class);
    assertThat(all.of("BG", CustomerType.BUSINESS)).isInstanceOf(EuLatePaymentDirective.class);
    assertThat(all.of("CH", CustomerType.BUSINESS)).isInstanceOf(ContractTermsOnly.class);
    assertThat(all.of("IS", CustomerType.BUSINESS)).isInstanceOf(ContractTermsOnly.class);
  }
}
