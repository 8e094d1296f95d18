package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.DunningStage;
import org.fordra.notices.NoticeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A notice whose mail cannot be sent is neither lost nor recorded as sent: its step's timer job
 * fails, the engine retries it five minutes later (R5/PT5M on the timer), and once the mail
 * server is back the customer gets exactly one copy.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925"})
@ActiveProfiles("test")
@Import(CollectionsScenario.class)
class NoticeDeliveryRetryTest {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired CollectionsScenario scenario;

  ProcessInstance invoice;

  @BeforeEach
  void registerInvoice() {
    BpmnAwareTests.init(engine);
    scenario.today(ISSUED);
    invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  List<Job> jobs() {
    return management.createJobQuery().processInstanceId(invoice.getId()).list();
  }

  @Test
  void aMailServerOutageRetriesTheNoticeAndSendsItOnce() throws Exception {
    scenario.at(LocalDate.of(2026, 3, 25).atTime(10, 0));
    // One job per step: the pre-due reminder's timer job checks the contact hours, books the
    // charges, renders and stores the notice; a failure fails that job and it is retried whole.
    Job step = jobs().get(0);

    smtp.stop();
    assertThatThrownBy(() -> management.executeJob(step.getId())).isNotNull();

    Job failed = management.createJobQuery().jobId(step.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getExceptionMessage()).isNotBlank();
    assertThat(failed.getDuedate().toInstant())
        .isEqualTo(scenario.now().plusSeconds(5 * 60));
    assertThat(scenario.noticesSent(invoice)).isEmpty();
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.NONE);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("PreDueReminderDue");

    smtp.start();
    scenario.at(LocalDate.of(2026, 3, 25).atTime(10, 6));
    scenario.runDueJobs(invoice);

    assertThat(scenario.noticesSent(invoice)).containsExactly(NoticeKind.PRE_DUE_REMINDER);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .isEqualTo("buchhaltung@muster.example");
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.PRE_DUE_REMINDER);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("DueDateReached");
  }
}
