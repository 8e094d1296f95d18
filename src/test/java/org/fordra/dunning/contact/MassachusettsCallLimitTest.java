package org.fordra.dunning.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 940 CMR 7.04(1)(f): a creditor may not initiate more than two telephone communications (calls,
 * texts) in each seven-day period to a Massachusetts debtor. Worked examples in Boston time
 * (US daylight saving time began on Sunday 8 March 2026, before every date here).
 */
class MassachusettsCallLimitTest {

  static final ZoneId BOSTON = ZoneId.of("America/New_York");
  static final ContactedCustomer MA_CONSUMER = new ContactedCustomer("US", BOSTON, true, "US-MA");
  static final ContactedCustomer MA_BUSINESS = new ContactedCustomer("US", BOSTON, false, "US-MA");
  static final ContactedCustomer NY_CONSUMER = new ContactedCustomer("US", BOSTON, true, "US-NY");

  /** No weekly cap in the way: only the call rules decide. */
  final ContactPolicy policy = new ContactPolicy(ContactPolicyTest.calendar(), 100);

  static Instant boston(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(BOSTON).toInstant();
  }

  static ContactHistory calls(Instant... at) {
    return new ContactHistory(List.of(at), List.of(at), List.of());
  }

  @Test
  void aThirdCallWithinSevenDaysWaitsUntilTheFirstIsSevenDaysOld() {
    // Unanswered calls on Monday 9 March and Wednesday 11 March, 10:00. A third on Friday 13
    // March would be the third in seven days: it waits until Monday 16 March, 10:00.
    ContactHistory twoCalls = calls(boston(3, 9, 10), boston(3, 11, 10));
    ContactMoment third = policy.firstAllowed(boston(3, 13, 10), MA_CONSUMER, true, twoCalls);
    assertThat(third.at()).isEqualTo(boston(3, 16, 10));
    assertThat(third.deferredBecause()).anyMatch(r -> r.contains("940 CMR 7.04(1)(f)"));
  }

  @Test
  void aSecondCallWithinSevenDaysIsAllowed() {
    ContactHistory oneCall = calls(boston(3, 9, 10));
    assertThat(policy.firstAllowed(boston(3, 10, 10), MA_CONSUMER, true, oneCall).isDeferred())
        .isFalse();
  }

  @Test
  void aCallExactlySevenDaysAfterTheOlderOfTwoIsAllowed() {
    ContactHistory twoCalls = calls(boston(3, 9, 10), boston(3, 11, 10));
    assertThat(policy.firstAllowed(boston(3, 16, 10), MA_CONSUMER, true, twoCalls).isDeferred())
        .isFalse();
    // One hour earlier the window still holds both.
    assertThat(policy.firstAllowed(boston(3, 16, 9), MA_CONSUMER, true, twoCalls).at())
        .isEqualTo(boston(3, 16, 10));
  }

  @Test
  void onlyCallsToMassachusettsConsumersAreLimitedToTwo() {
    ContactHistory twoCalls = calls(boston(3, 9, 10), boston(3, 11, 10));
    // Another state: Regulation F's seven calls in seven days is the limit.
    assertThat(policy.firstAllowed(boston(3, 13, 10), NY_CONSUMER, true, twoCalls).isDeferred())
        .isFalse();
    // 940 CMR 7.00 protects debtors owing consumer debts, not businesses.
    assertThat(policy.firstAllowed(boston(3, 13, 10), MA_BUSINESS, true, twoCalls).isDeferred())
        .isFalse();
    // A written notice is no telephone communication.
    assertThat(policy.firstAllowed(boston(3, 13, 10), MA_CONSUMER, false, twoCalls).isDeferred())
        .isFalse();
  }
}
