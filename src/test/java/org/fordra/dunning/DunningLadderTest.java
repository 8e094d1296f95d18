package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** A case planned before the schedule had its table: its ladder in process variables. */
class DunningLadderTest {

  final DunningLadder onVariables = new DunningLadder(null);

  static Date day(int dayOfMonth) {
    return Date.from(Instant.parse(String.format("2026-07-%02dT07:00:00Z", dayOfMonth)));
  }

  DelegateExecution ladder(String next) {
    return FakeExecution.with(
        Map.of(
            "stepOrder", "DUE_NOTICE,CALL,REMINDER_1,REMINDER_2,FINAL_NOTICE,DECISION",
            "nextStep", next,
            "dueNoticeAt", day(1),
            "callAt", day(1),
            "reminder1At", day(4),
            "reminder2At", day(15),
            "finalNoticeAt", day(29)));
  }

  @Test
  void advancesInThePlansOwnOrder() {
    DelegateExecution execution = ladder("CALL");
    onVariables.advancePast(execution, DunningStep.CALL);
    assertThat(DunningLadder.next(execution)).isEqualTo(DunningStep.REMINDER_1);
    onVariables.advancePast(execution, DunningStep.FINAL_NOTICE);
    assertThat(DunningLadder.next(execution)).isEqualTo(DunningStep.DECISION);
  }

  @Test
  void aStepTheLateRegistrationSkippedAdvancesToTheNextOneInLadderOrder() {
    DelegateExecution execution = ladder("CALL");
    onVariables.advancePast(execution, DunningStep.PRE_DUE_REMINDER);
    assertThat(DunningLadder.next(execution)).isEqualTo(DunningStep.DUE_NOTICE);
  }

  @Test
  void aPauseMovesTheNextStepAndEveryLaterOneButNotThePast() {
    DelegateExecution execution = ladder("REMINDER_2");
    onVariables.shiftRemaining(execution, Duration.ofDays(10));
    assertThat(onVariables.dateOf(execution, DunningStep.REMINDER_1)).isEqualTo(day(4));
    assertThat(onVariables.dateOf(execution, DunningStep.REMINDER_2)).isEqualTo(day(25));
    assertThat(onVariables.dateOf(execution, DunningStep.FINAL_NOTICE))
        .isEqualTo(Date.from(day(29).toInstant().plus(Duration.ofDays(10))));
  }

  @Test
  void jumpingMakesAStepNextAtTheGivenMoment() {
    DelegateExecution execution = ladder("REMINDER_2");
    onVariables.jumpTo(execution, DunningStep.FINAL_NOTICE, day(20));
    assertThat(DunningLadder.next(execution)).isEqualTo(DunningStep.FINAL_NOTICE);
    assertThat(onVariables.dateOf(execution, DunningStep.FINAL_NOTICE)).isEqualTo(day(20));
    assertThat(onVariables.after(execution, DunningStep.FINAL_NOTICE)).isEqualTo(DunningStep.DECISION);
  }
}
