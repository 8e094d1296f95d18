package org.fordra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' "needs attention" panel counts what waits for a person and links to where it is
 * fixed; on a good day it is empty.
 */
@ReceivablesTest
class NeedsAttentionTest {

  @LocalServerPort int port;
  @Autowired Receivables receivables;
  @Autowired NeedsAttention attention;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  ProcessInstance stuck;
  ProcessInstance unmatched;
  Incident incident;
  Incident failedMail;

  @BeforeEach
  void today() {
    receivables.today();
  }

  @AfterEach
  void cleanUp() {
    if (incident != null) {
      runtime.resolveIncident(incident.getId());
    }
    if (failedMail != null) {
      runtime.resolveIncident(failedMail.getId());
    }
    for (ProcessInstance instance : new ProcessInstance[] {stuck, unmatched}) {
      if (instance != null) {
        runtime.deleteProcessInstance(instance.getId(), "test over");
      }
    }
    jdbc.update("delete from webhook_delivery where event_id = 'attention-test'");
    receivables.reset();
  }

  @Test
  void aGoodDayNeedsNoAttention() {
    assertThat(attention.now().isEmpty()).isTrue();
  }

  @Test
  void incidentsFailedMailUnmatchedPaymentsAndRefusedWebhooksAreCountedWithTheirFix() {
    deployStandIns();
    stuck = runtime.startProcessInstanceByKey("attention-stuck");
    incident = runtime.createIncident("test", stuck.getId(), "a step failed", "boom");
    failedMail = runtime.createIncident("test", stuck.getId(), "mail", "mail server down");
    // The panel tells a mail failure by the Send* activity the failed job belongs to.
    jdbc.update("update ACT_RU_INCIDENT set ACTIVITY_ID_ = 'SendReminder1' where ID_ = ?",
        failedMail.getId());
    unmatched = runtime.startProcessInstanceByKey("attention-match");
    jdbc.update(
        "insert into webhook_delivery (event_id, event_type, endpoint_url, body, created_at,"
            + " attempts, next_attempt_at, last_error) values ('attention-test', 'payment.booked',"
            + " 'https://books.example/hook', '{}', ?, 3, ?, 'HTTP 503')",
        Timestamp.from(Instant.parse("2026-07-10T08:00:00Z")),
        Timestamp.from(Instant.parse("2026-07-10T09:00:00Z")));

    NeedsAttention.Panel panel = attention.now();

    assertThat(panel.items())
        .extracting(NeedsAttention.Item::kind, NeedsAttention.Item::count, NeedsAttention.Item::link)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("incidents", 1L, NeedsAttention.COCKPIT_INCIDENTS),
            org.assertj.core.groups.Tuple.tuple("failedMail", 1L, NeedsAttention.COCKPIT_INCIDENTS),
            org.assertj.core.groups.Tuple.tuple("unmatchedPayments", 1L, NeedsAttention.TASKLIST),
            org.assertj.core.groups.Tuple.tuple("failedWebhooks", 1L, "/webhook-deliveries"));

    StaffBrowserSession manager = new StaffBrowserSession(port);
    manager.signIn("manager", "manager-pass");
    String dashboard = manager.get("/").body();
    assertThat(dashboard)
        .contains("id=\"needs-attention\"", "data-attention=\"failedWebhooks\"")
        .contains("payments waiting for a match", "match them in Tasklist")
        .contains("href=\"/webhook-deliveries\"");
    assertThat(manager.get("/webhook-deliveries").body())
        .contains("https://books.example/hook", "HTTP 503", "payment.booked");

    StaffBrowserSession collector = new StaffBrowserSession(port);
    collector.signIn("collector", "collector-pass");
    assertThat(collector.get("/webhook-deliveries").statusCode()).isEqualTo(403);
  }

  private void deployStandIns() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("attention-match").count() > 0) {
      return;
    }
    repository
        .createDeployment()
        .name("attention-test")
        .addModelInstance(
            "attention-stuck.bpmn",
            Bpmn.createExecutableProcess("attention-stuck").name("Stuck (test)")
                .startEvent().userTask("Wait").endEvent().done())
        .addModelInstance(
            "attention-match.bpmn",
            Bpmn.createExecutableProcess("attention-match").name("Match stand-in (test)")
                .startEvent().userTask(NeedsAttention.MATCH_PAYMENT).endEvent().done())
        .deploy();
  }
}
