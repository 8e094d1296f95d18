package org.fordra.security;

import org.fordra.api.StaffGroups;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attack from the report: a collector claims a call, writes another invoice's number into
 * the case and completes it as a dispute, so the other invoice is disputed in the collector's
 * name. Every door of /engine-rest is tried; staff set only their task's outcome variables, and
 * the case's invoice is its business key whatever a variable says.
 */
@FordraTest
class TaskTamperingTest {

  static final String COLLECTOR = "tampercollector";
  static final String SALES = "tampersales";
  static final String MANAGER = "tampermanager";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired InvoicesAtTasks invoices;
  @Autowired CollectionsScenario scenario;

  @BeforeEach
  void staff() {
    StaffAccounts.ensure(identity, COLLECTOR, StaffGroups.COLLECTORS);
    StaffAccounts.ensure(identity, SALES, StaffGroups.SALES);
    StaffAccounts.ensure(identity, MANAGER, StaffGroups.MANAGERS);
  }

  @Test
  void aCollectorCannotPointACaseAtAnotherInvoiceThroughAnyDoor() {
    ProcessInstance other = invoices.atDecideEscalation();
    ProcessInstance own = invoices.atCallCustomer();
    Task call = invoices.openTask(own, CollectionsProcess.TASK_CALL_CUSTOMER);
    String otherNumber = other.getBusinessKey();
    String base = "/engine-rest/task/" + call.getId();
    assertThat(post(COLLECTOR, base + "/claim", Map.of("userId", COLLECTOR)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> pointAtOther = Map.of("value", otherNumber, "type", "String");
    assertThat(send(COLLECTOR, HttpMethod.PUT, base + "/variables/invoiceNumber", pointAtOther))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.PUT, base + "/localVariables/invoiceNumber", pointAtOther))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/variables",
            Map.of("modifications", Map.of("invoiceNumber", pointAtOther))))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/localVariables",
            Map.of("modifications", Map.of("nextStep", Map.of("value", "DECISION")))))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.DELETE, base + "/variables/customerType", null))
        .isEqualTo(403);

    Map<String, Object> disputeAndRepoint =
        Map.of("variables", Map.of(
            "callOutcome", Map.of("value", "DISPUTE"),
            "invoiceNumber", pointAtOther));
    ResponseEntity<String> complete = post(COLLECTOR, base + "/complete", disputeAndRepoint);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(complete.getBody()).contains("invoiceNumber: is not an outcome of this task");
    assertThat(post(COLLECTOR, base + "/submit-form", disputeAndRepoint).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(COLLECTOR, base + "/resolve", disputeAndRepoint).getStatusCode().value())
        .isIn(400, 403);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/bpmnError",
            Map.of("errorCode", "anything", "variables", Map.of("invoiceNumber", pointAtOther))))
        .isEqualTo(403);
    ResponseEntity<String> serialized = post(COLLECTOR, base + "/complete",
        Map.of("variables", Map.of("callNotes",
            Map.of("value", "{}", "type", "Object", "valueInfo",
                Map.of("objectTypeName", "java.util.HashMap",
                    "serializationDataFormat", "application/json")))));
    assertThat(serialized.getStatusCode()).as(serialized.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);

    // Nothing of it was stored: the task is open, the case still names its own invoice.
    assertThat(invoices.isWaitingAt(own, CollectionsProcess.TASK_CALL_CUSTOMER)).isTrue();
    assertThat(runtime.getVariable(own.getId(), CollectionsProcess.VAR_INVOICE_NUMBER))
        .isEqualTo(own.getBusinessKey());
    assertThat(runtime.getVariable(own.getId(), CollectionsProcess.VAR_CALL_OUTCOME)).isNull();

    // The honest outcome works, and only the collector's own invoice is disputed.
    assertThat(post(COLLECTOR, base + "/complete",
            Map.of("variables", Map.of("callOutcome", Map.of("value", "DISPUTE"),
                "callNotes", Map.of("value", "Says the goods were damaged")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(scenario.invoice(own).getStatus()).isEqualTo(InvoiceStatus.DISPUTED);
    assertThat(scenario.invoice(other).getStatus()).isNotEqualTo(InvoiceStatus.DISPUTED);
    assertThat(invoices.isWaitingAt(other, CollectionsProcess.TASK_DECIDE_ESCALATION)).isTrue();
  }

  @Test
  void salesCannotRepointADisputeEither() {
    ProcessInstance other = invoices.atCallCustomer();
    ProcessInstance own = invoices.atReviewDispute();
    Task review = invoices.openTask(own, CollectionsProcess.TASK_REVIEW_DISPUTE);
    String base = "/engine-rest/task/" + review.getId();
    post(SALES, base + "/claim", Map.of("userId", SALES));

    assertThat(send(SALES, HttpMethod.PUT, base + "/variables/invoiceNumber",
            Map.of("value", other.getBusinessKey())))
        .isEqualTo(403);
    assertThat(post(SALES, base + "/complete",
            Map.of("variables", Map.of(
                "disputeResolution", Map.of("value", "UPHELD"),
                "invoiceNumber", Map.of("value", other.getBusinessKey())))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(scenario.invoice(other).getStatus()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoices.isWaitingAt(own, CollectionsProcess.TASK_REVIEW_DISPUTE)).isTrue();
  }

  @Test
  void staffCannotRewireTheirTaskButMayUnclaimIt() {
    ProcessInstance own = invoices.atCallCustomer();
    Task call = invoices.openTask(own, CollectionsProcess.TASK_CALL_CUSTOMER);
    String base = "/engine-rest/task/" + call.getId();

    assertThat(post(COLLECTOR, base + "/claim", Map.of("userId", "somebodyelse")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(COLLECTOR, base + "/claim", Map.of("userId", COLLECTOR)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/identity-links/delete",
            Map.of("groupId", StaffGroups.COLLECTORS, "type", "candidate")))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/identity-links",
            Map.of("groupId", StaffGroups.SALES, "type", "candidate")))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.PUT, base,
            Map.of("name", "Nothing to see", "priority", 0, "due", "2030-01-01T00:00:00.000+0000")))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/delegate", Map.of("userId", SALES)))
        .isEqualTo(403);
    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/assignee", Map.of("userId", SALES)))
        .isEqualTo(403);

    Task after = tasks.createTaskQuery().taskId(call.getId()).singleResult();
    assertThat(after.getName()).isEqualTo(call.getName());
    assertThat(after.getAssignee()).isEqualTo(COLLECTOR);
    assertThat(tasks.getIdentityLinksForTask(call.getId()))
        .extracting(IdentityLink::getGroupId)
        .contains(StaffGroups.COLLECTORS)
        .doesNotContain(StaffGroups.SALES);

    assertThat(send(COLLECTOR, HttpMethod.POST, base + "/unclaim", null)).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(call.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void managersMayRewireTasksButStillSetOnlyOutcomes() {
    ProcessInstance escalation = invoices.atDecideEscalation();
    Task decision = invoices.openTask(escalation, CollectionsProcess.TASK_DECIDE_ESCALATION);
    String base = "/engine-rest/task/" + decision.getId();

    assertThat(send(MANAGER, HttpMethod.PUT, base + "/variables/invoiceNumber",
            Map.of("value", "SOMETHING-ELSE")))
        .isEqualTo(403);
    assertThat(post(MANAGER, base + "/complete",
            Map.of("variables", Map.of(
                "decision", Map.of("value", "EXTEND"),
                "extendDays", Map.of("value", 14),
                "nextStep", Map.of("value", "PRE_DUE_REMINDER")))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invoices.isWaitingAt(escalation, CollectionsProcess.TASK_DECIDE_ESCALATION)).isTrue();
  }

  /** Even a variable an administrator wrote does not move a step to another invoice. */
  @Test
  void stepsTakeTheInvoiceFromTheBusinessKey() {
    ProcessInstance other = invoices.atDecideEscalation();
    ProcessInstance own = invoices.atCallCustomer();
    runtime.setVariable(own.getId(), CollectionsProcess.VAR_INVOICE_NUMBER, other.getBusinessKey());

    scenario.complete(
        invoices.openTask(own, CollectionsProcess.TASK_CALL_CUSTOMER),
        Map.of(CollectionsProcess.VAR_CALL_OUTCOME, "DISPUTE"));

    assertThat(scenario.invoice(own).getStatus()).isEqualTo(InvoiceStatus.DISPUTED);
    assertThat(scenario.invoice(other).getStatus()).isNotEqualTo(InvoiceStatus.DISPUTED);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, StaffAccounts.PASSWORD)
        .postForEntity(path, new HttpEntity<>(body, json), String.class);
  }

  private int send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, StaffAccounts.PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, json), String.class)
        .getStatusCode()
        .value();
  }
}
