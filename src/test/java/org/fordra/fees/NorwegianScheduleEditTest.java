package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.customer.CustomerType;
import org.fordra.notices.NoticeKind;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A manager edits the Norwegian rows of the schedule back to the old ladder (reminder 1 on day 3,
 * reminder 2 on day 14, final notice on day 28). The law still holds (inkassoforskriften §§ 1-2,
 * 1-3; inkassoloven § 9): no fee before day 14, every reminder gives 14 days, the next notice waits
 * for the deadline to run out, a second fee only after it did. Its own database: it deploys a
 * changed table, which the other tests must not see.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:norwegian-schedule-edit;DB_CLOSE_DELAY=-1")
@FordraTest
class NorwegianScheduleEditTest {

  static final LocalDate ISSUED = day(2026, 1, 2);
  static final LocalDate DUE = day(2026, 2, 2);

  @Autowired RepositoryService repository;
  @Autowired FeesScenario scenario;

  @Test
  void anEarlyScheduleNeverChargesEarlyNorGivesLessThanFourteenDays() throws Exception {
    String table = Files.readString(Path.of("processes", "dunning-schedule.dmn"));
    String early =
        table
            .replace("<outputEntry id=\"NorwayReminder1\"><text>14</text>",
                "<outputEntry id=\"NorwayReminder1\"><text>3</text>")
            .replace("<outputEntry id=\"NorwayCall\"><text>21</text>",
                "<outputEntry id=\"NorwayCall\"><text>7</text>")
            .replace("<outputEntry id=\"NorwayReminder2\"><text>29</text>",
                "<outputEntry id=\"NorwayReminder2\"><text>14</text>")
            .replace("<outputEntry id=\"NorwayFinal\"><text>44</text>",
                "<outputEntry id=\"NorwayFinal\"><text>28</text>");
    assertThat(early).isNotEqualTo(table);
    repository.createDeployment().name("manager shortens the Norwegian ladder")
        .addString("dunning-schedule.dmn", early).deploy();

    scenario.today(ISSUED);
    ProcessInstance invoice =
        scenario.register("NO", CustomerType.CONSUMER, "NOK", "2000.00", ISSUED, DUE, i -> {});

    // Reminder 1 on Thursday 5 February, 3 days after due: no fee (§ 1-2), but 14 days to pay,
    // to 19 February; reminder 2, planned for 16 February, waits until Friday 20 February.
    scenario.runUntil(day(2026, 2, 5), invoice);
    assertThat(scenario.charges(invoice)).isEmpty();
    assertThat(scenario.emailsSent(invoice, NoticeKind.REMINDER_1))
        .singleElement().asString().contains("February 19, 2026");
    scenario.runUntil(day(2026, 2, 9), invoice);
    scenario.decide(invoice, Map.of("callOutcome", "NO_CONTACT"));
    scenario.runUntil(day(2026, 2, 19), invoice);
    assertThat(scenario.emailsSent(invoice, NoticeKind.REMINDER_2)).isEmpty();
    assertThat(scenario.charges(invoice)).isEmpty();

    // Reminder 2 on 20 February gives until 6 March: the first fee, NOK 35.
    scenario.runUntil(day(2026, 2, 20), invoice);
    assertThat(scenario.charges(invoice)).containsExactly("REMINDER_FEE 35.00 2026-02-20");
    assertThat(scenario.emailsSent(invoice, NoticeKind.REMINDER_2))
        .singleElement().asString().contains("March 6, 2026");

    // The inkassovarsel, planned 2 March, waits until the next contact day after 6 March:
    // Monday 9 March. The 14-day deadline of reminder 2 ran out: the second fee.
    scenario.runUntil(day(2026, 3, 6), invoice);
    assertThat(scenario.emailsSent(invoice, NoticeKind.FINAL_NOTICE)).isEmpty();
    scenario.runUntil(day(2026, 3, 9), invoice);
    assertThat(scenario.emailsSent(invoice, NoticeKind.FINAL_NOTICE))
        .singleElement().asString().contains("March 23, 2026");
    assertThat(scenario.charges(invoice))
        .containsExactly("REMINDER_FEE 35.00 2026-02-20", "REMINDER_FEE 35.00 2026-03-09");
  }
}
