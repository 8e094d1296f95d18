package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.notices.NoticeKind.FINAL_NOTICE;
import static org.fordra.notices.NoticeKind.REMINDER_2;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invoice registered three weeks after its due date, in each of the five notice languages: the
 * collector's call still comes first; reminder 2, its first letter, mentions no earlier reminder;
 * the final notice after it refers to exactly that one reminder. The words are read from the
 * stored copies, as the customer got them.
 */
@FordraTest
class LateRegistrationLettersTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 2, 2);
  /** Monday 2 March 2026: reminder 2 was due on 16 March, the final notice on 30 March. */
  static final LocalDate DUE = LocalDate.of(2026, 3, 2);

  static final LocalDate REGISTERED = DUE.plusDays(21);

  @Autowired ProcessEngine engine;
  @Autowired CollectionsScenario scenario;
  @Autowired TaskService tasks;
  @Autowired NoticeRepository notices;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void start() {
    scenario.today(REGISTERED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | despite our earlier reminder         | Second reminder   | Despite our reminder,
          sv | trots vår tidigare påminnelse        | Andra påminnelsen | Trots vår påminnelse är
          nb | til tross for vår forrige påminnelse | Andre påminnelse  | Til tross for vår påminnelse er
          nl | ondanks onze eerdere herinnering     | Tweede herinnering | Ondanks onze herinnering is
          de | trotz unserer Erinnerung             | Zweite Mahnung    | trotz unserer Mahnung ist
          """)
  void theFirstLetterOfALateInvoiceSaysNothingOfAReminderAndTheNextRefersToIt(
      String language, String despiteEarlier, String secondReminder, String despiteTheOne) {
    Customer customer =
        scenario.customer("DE", language, CollectionsScenario.BERLIN, CustomerType.CONSUMER);
    ProcessInstance invoice = scenario.register(customer, "480.00", ISSUED, DUE);
    scenario.runDueJobs(invoice);

    // The call the schedule has on day 7 is not skipped: a collector speaks first.
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
    assertThat(scenario.noticesSent(invoice)).isEmpty();
    Task call = tasks.createTaskQuery().processInstanceId(invoice.getId()).singleResult();
    scenario.complete(
        call,
        Map.of(
            CollectionsProcess.VAR_CALL_OUTCOME, "NO_CONTACT",
            CollectionsProcess.VAR_CALL_NOTES, "No answer."));
    scenario.runDueJobs(invoice);

    assertThat(scenario.noticesSent(invoice)).containsExactly(REMINDER_2);
    Notice first = stored(invoice).get(0);
    String firstText = html(first);
    assertThat(first.getLanguage()).isEqualTo(language);
    assertThat(first.getSubject()).doesNotContain(secondReminder);
    assertThat(firstText).doesNotContain(secondReminder);
    assertThat(firstText.toLowerCase()).doesNotContain(despiteEarlier.toLowerCase());

    scenario.runUntil(DUE.plusDays(29), invoice);
    assertThat(scenario.noticesSent(invoice)).containsExactly(REMINDER_2, FINAL_NOTICE);
    assertThat(html(stored(invoice).get(1))).contains(despiteTheOne);
    BpmnAwareTests.assertThat(invoice)
        .hasPassed(CollectionsProcess.TASK_CALL_CUSTOMER, "SendReminder2", "SendFinalNotice");
  }

  private List<Notice> stored(ProcessInstance invoice) {
    return transaction.execute(
        status -> notices.findByInvoiceIdOrderByIdAsc(scenario.invoice(invoice).getId()));
  }

  private static String html(Notice notice) {
    return new String(notice.content(), StandardCharsets.UTF_8);
  }
}
