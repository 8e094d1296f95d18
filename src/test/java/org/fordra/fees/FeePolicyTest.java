package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.fordra.customer.CustomerType;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FordraTest
class FeePolicyTest {

  private static final Currency SEK = Currency.getInstance("SEK");

  @Autowired FeePolicy policy;

  private static List<Allowance> sixtyKronor() {
    return List.of(
        new Allowance(
            ChargeType.REMINDER_FEE, Money.exact(new BigDecimal("60"), SEK), "inkassokostnadslagen"));
  }

  @Test
  void aPolicyAmountAboveTheLawIsCappedAtTheLaw() {
    var decided =
        FeePolicy.cap(
            new FeePolicy.Wish(ChargeType.REMINDER_FEE, Optional.of(new BigDecimal("100"))),
            sixtyKronor());
    assertThat(decided).get().satisfies(d -> {
      assertThat(d.amount().toString()).isEqualTo("60.00");
      assertThat(d.cappedByLaw()).isTrue();
    });
  }

  @Test
  void aPolicyAmountBelowTheLawIsKeptAndAnEmptyOneTakesTheLawsMaximum() {
    assertThat(
            FeePolicy.cap(
                new FeePolicy.Wish(ChargeType.REMINDER_FEE, Optional.of(new BigDecimal("30"))),
                sixtyKronor()))
        .get()
        .satisfies(d -> assertThat(d.amount().toString()).isEqualTo("30.00"));
    assertThat(
            FeePolicy.cap(new FeePolicy.Wish(ChargeType.REMINDER_FEE, Optional.empty()), sixtyKronor()))
        .get()
        .satisfies(d -> assertThat(d.amount().toString()).isEqualTo("60.00"));
  }

  @Test
  void aChargeTheLawDoesNotAllowIsNeverBooked() {
    assertThat(
            FeePolicy.cap(
                new FeePolicy.Wish(ChargeType.COLLECTION_COSTS, Optional.of(new BigDecimal("5"))),
                sixtyKronor()))
        .isEmpty();
  }

  @Test
  void theDeployedTableAsksForTheSwedishReminderFeeAndTheFixedCompensation() {
    var wishes = policy.wishes("SE", CustomerType.CONSUMER, SEK, FeeOccasion.REMINDER_1);
    assertThat(wishes)
        .contains(new FeePolicy.Wish(ChargeType.REMINDER_FEE, Optional.of(new BigDecimal("60"))))
        .contains(new FeePolicy.Wish(ChargeType.FIXED_COMPENSATION, Optional.empty()));
    assertThat(policy.wishes("DE", CustomerType.BUSINESS, Currency.getInstance("EUR"),
            FeeOccasion.DUE_NOTICE))
        .isEmpty();
  }
}
