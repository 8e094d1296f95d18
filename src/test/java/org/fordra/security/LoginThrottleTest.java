package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.time.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on its own, on Fordra's clock, moved as the engine clock. */
class LoginThrottleTest {

  static final String ATTACKER = "198.51.100.7";
  static final String OFFICE = "203.0.113.20";

  LoginThrottle throttle = new LoginThrottle(new EngineClock(ZoneOffset.UTC));
  Instant now = Instant.parse("2027-03-01T09:00:00Z");

  @BeforeEach
  void startTheClock() {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void theFirstFourFailuresAreFreeThenEachDelayDoublesUpToFifteenMinutes() {
    for (int i = 1; i <= 4; i++) {
      throttle.failed("sales", ATTACKER);
      assertThat(throttle.closedUntil("sales", ATTACKER)).as("after %d failures", i).isEmpty();
    }
    Duration expected = Duration.ofSeconds(1);
    for (int failure = 5; failure <= 20; failure++) {
      throttle.failed("sales", ATTACKER);
      assertThat(throttle.closedUntil("sales", ATTACKER))
          .as("after %d failures", failure)
          .contains(now.plus(expected));
      move(expected.minusMillis(1));
      assertThat(throttle.closedUntil("sales", ATTACKER)).isPresent();
      move(Duration.ofMillis(1));
      assertThat(throttle.closedUntil("sales", ATTACKER)).isEmpty();
      expected = min(expected.multipliedBy(2), Duration.ofMinutes(15));
    }
    assertThat(expected).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void thousandsOfFailuresNeverCloseThePairForLongerThanFifteenMinutes() {
    for (int i = 0; i < 5_000; i++) {
      throttle.failed("admin", ATTACKER);
    }
    assertThat(throttle.closedUntil("admin", ATTACKER)).contains(now.plus(Duration.ofMinutes(15)));
    move(Duration.ofMinutes(15));
    assertThat(throttle.closedUntil("admin", ATTACKER)).isEmpty();
  }

  @Test
  void theUserFromAnotherAddressIsNotSlowedByAnAttackersFailures() {
    for (int i = 0; i < 210; i++) {
      throttle.failed("sales", ATTACKER);
    }
    assertThat(throttle.closedUntil("sales", ATTACKER)).isPresent();
    assertThat(throttle.closedUntil("sales", OFFICE)).isEmpty();
    // Nor is another user at the attacker's address.
    assertThat(throttle.closedUntil("collector", ATTACKER)).isEmpty();
  }

  @Test
  void theRightPasswordStartsThePairAfresh() {
    for (int i = 0; i < 7; i++) {
      throttle.failed("manager", OFFICE);
    }
    move(Duration.ofMinutes(1));
    throttle.succeeded("manager", OFFICE);
    throttle.failed("manager", OFFICE);
    assertThat(throttle.closedUntil("manager", OFFICE)).isEmpty();
    assertThat(throttle.recent()).singleElement().extracting(LoginThrottle.FailedLogin::failures).isEqualTo(1);
  }

  @Test
  void userNamesDifferingOnlyInCaseAreOnePair() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(i % 2 == 0 ? "Sales" : "SALES", ATTACKER);
    }
    assertThat(throttle.closedUntil("sales", ATTACKER)).isPresent();
  }

  @Test
  void recentFailuresAreListedNewestFirstAndForgottenAfterAQuietHour() {
    throttle.failed("collector", OFFICE);
    move(Duration.ofMinutes(30));
    for (int i = 0; i < 6; i++) {
      throttle.failed("admin", ATTACKER);
    }
    assertThat(throttle.recent())
        .containsExactly(
            new LoginThrottle.FailedLogin("admin", ATTACKER, 6, now, now.plusSeconds(2)),
            new LoginThrottle.FailedLogin(
                "collector", OFFICE, 1, now.minus(Duration.ofMinutes(30)), null));
    move(Duration.ofMinutes(31));
    assertThat(throttle.recent()).extracting(LoginThrottle.FailedLogin::user).containsExactly("admin");
    move(Duration.ofMinutes(30));
    assertThat(throttle.recent()).isEmpty();
    // Forgotten means forgiven: the next failure is the first again.
    throttle.failed("admin", ATTACKER);
    assertThat(throttle.closedUntil("admin", ATTACKER)).isEmpty();
  }

  @Test
  void aSprayOfMadeUpNamesKeepsAtMostTheBoundedNumberOfPairs() {
    for (int i = 0; i < LoginThrottle.MAX_PAIRS + 500; i++) {
      throttle.failed("nobody-" + i, ATTACKER);
      move(Duration.ofMillis(1));
    }
    assertThat(throttle.recent()).hasSize(LoginThrottle.MAX_PAIRS);
    // The newest stay, the oldest went.
    assertThat(throttle.recent().get(0).user()).isEqualTo("nobody-" + (LoginThrottle.MAX_PAIRS + 499));
  }

  private void move(Duration by) {
    now = now.plus(by);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
