package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class TaskInputTest {

  static final Currency EUR = Currency.getInstance("EUR");

  TaskInput input(Map<String, Object> values) {
    return new TaskInput(FakeExecution.with(values));
  }

  @Test
  void readsWhatAFormSends() {
    TaskInput input =
        input(Map.of("callOutcome", "PAYMENT_PLAN", "planInstallments", 6L,
            "promisedDate", "2026-12-01T00:00:00", "creditAmount", "150.5"));
    assertThat(input.choice("callOutcome", CallOutcome.class)).isEqualTo(CallOutcome.PAYMENT_PLAN);
    assertThat(input.whole("planInstallments", 2, 24)).isEqualTo(6);
    assertThat(input.date("promisedDate")).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(input.amount("creditAmount", EUR).toString()).isEqualTo("150.50");
  }

  @Test
  void refusesWhatIsMissingOrMalformedNamingTheField() {
    assertThatThrownBy(() -> input(Map.of()).choice("callOutcome", CallOutcome.class))
        .isInstanceOf(BadUserRequestException.class).hasMessage("callOutcome: is required");
    assertThatThrownBy(() -> input(Map.of("callOutcome", "MAYBE")).choice("callOutcome", CallOutcome.class))
        .hasMessageStartingWith("callOutcome: 'MAYBE' is not one of");
    assertThatThrownBy(() -> input(Map.of("planInstallments", 25)).whole("planInstallments", 2, 24))
        .hasMessage("planInstallments: must be between 2 and 24");
    assertThatThrownBy(() -> input(Map.of("planInstallments", "2.5")).whole("planInstallments", 2, 24))
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> input(Map.of("promisedDate", "2026-02-30")).date("promisedDate"))
        .hasMessageContaining("is not a date");
    assertThatThrownBy(() -> input(Map.of("creditAmount", "10.001")).amount("creditAmount", EUR))
        .hasMessageContaining("decimals");
    assertThatThrownBy(() -> input(Map.of("creditAmount", "-5")).amount("creditAmount", EUR))
        .hasMessageContaining("more than zero");
    assertThatThrownBy(() -> input(Map.of("creditAmount", "abc")).amount("creditAmount", EUR))
        .hasMessageContaining("not an amount");
  }
}
