package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.DunningStage;
import org.fordra.notices.Notice;
import org.fordra.notices.DispatchedNotice;
import org.fordra.notices.NoticeDispatch;
import org.fordra.notices.NoticeDispatcher;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTestSendingMail;
import org.fordra.testing.FordraTestSendingMail.Smtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail server outage does not fail the notice step: the step stores its notice and goes on,
 * the outbox keeps the e-mail queued and retries it, and once the mail server is back the
 * customer gets exactly one copy. No job waits on the mail server.
 */
@FordraTestSendingMail
class NoticeDeliveryRetryTest {

  @RegisterExtension static GreenMailExtension smtp = Smtp.server();

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired CollectionsScenario scenario;
  @Autowired NoticeRepository notices;
  @Autowired NoticeDispatcher dispatcher;

  ProcessInstance invoice;

  @BeforeEach
  void registerInvoice() {
    BpmnAwareTests.init(engine);
    scenario.today(ISSUED);
    invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
  }

  List<DispatchedNotice> stored() {
    return notices.dispatchedFor(scenario.invoice(invoice).getId());
  }

  @Test
  void aMailServerOutageKeepsTheNoticeQueuedAndSendsItOnceWhenTheServerIsBack() throws Exception {
    smtp.stop();
    scenario.at(LocalDate.of(2026, 3, 25).atTime(10, 0));
    scenario.runDueJobs(invoice);

    // The step is done: no failed job, the stage reached, the next step waiting.
    assertThat(management.createJobQuery().processInstanceId(invoice.getId()).withException().count())
        .isZero();
    assertThat(scenario.invoice(invoice).getStage()).isEqualTo(DunningStage.PRE_DUE_REMINDER);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("DueDateReached");
    assertThat(scenario.noticesSent(invoice)).containsExactly(NoticeKind.PRE_DUE_REMINDER);
    assertThat(stored()).filteredOn(n -> n.state() == NoticeDispatch.PENDING)
        .hasSize(1);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    smtp.start();
    scenario.at(LocalDate.of(2026, 3, 25).atTime(10, 1));
    assertThat(dispatcher.sweep()).isEqualTo(1);
    assertThat(dispatcher.sweep()).isZero();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .isEqualTo("buchhaltung@muster.example");
    assertThat(stored()).extracting(DispatchedNotice::state)
        .containsOnly(NoticeDispatch.SENT);
  }
}
