package org.fordra.security;

import org.fordra.api.StaffGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Collectors work calls, sales disputes, managers escalations and process versions, each only
 * theirs: proven over HTTP against /engine-rest, the door Tasklist, Cockpit and Camunda Modeler
 * use. A refused request changes nothing.
 */
@FordraTest
class WhoMayDoWhatTest {

  static final String COLLECTOR = "authzcollector";
  static final String SALES = "authzsales";
  static final String MANAGER = "authzmanager";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired StaffAuthorizations staff;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired InvoicesAtTasks invoices;

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void staff() {
    StaffAccounts.ensure(identity, COLLECTOR, StaffGroups.COLLECTORS);
    StaffAccounts.ensure(identity, SALES, StaffGroups.SALES);
    StaffAccounts.ensure(identity, MANAGER, StaffGroups.MANAGERS);
  }

  @Test
  void collectorListsClaimsAndCompletesACallButNoOtherGroupsTask() throws Exception {
    ProcessInstance call = invoices.atCallCustomer();
    ProcessInstance dispute = invoices.atReviewDispute();
    ProcessInstance escalation = invoices.atDecideEscalation();
    Task callTask = invoices.openTask(call, CollectionsProcess.TASK_CALL_CUSTOMER);

    List<JsonNode> visible = list(as(COLLECTOR).getForEntity("/engine-rest/task?maxResults=1000", String.class));
    // Collectors also match unmatched bank payments (statements/UnmatchedPaymentProcess), which
    // other tests sharing this database may have left open.
    assertThat(visible).extracting(t -> t.path("taskDefinitionKey").asText())
        .contains(CollectionsProcess.TASK_CALL_CUSTOMER)
        .isSubsetOf(
            CollectionsProcess.TASK_CALL_CUSTOMER,
            org.fordra.statements.UnmatchedPaymentProcess.TASK_MATCH_PAYMENT);
    assertThat(visible).extracting(t -> t.path("id").asText()).contains(callTask.getId());

    for (ProcessInstance other : List.of(dispute, escalation)) {
      Task task = tasks.createTaskQuery().processInstanceId(other.getId()).singleResult();
      assertRefusedAndUnchanged(COLLECTOR, task);
    }

    // The form and what it shows come through for the collector's own task.
    ResponseEntity<String> form =
        as(COLLECTOR).getForEntity("/engine-rest/task/" + callTask.getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(form.getBody()).path("id").asText()).isEqualTo("call-customer");
    JsonNode shown =
        json.readTree(as(COLLECTOR).getForEntity(
            "/engine-rest/task/" + callTask.getId() + "/form-variables", String.class).getBody());
    assertThat(shown.path("customerName").path("value").asText()).isEqualTo("Muster GmbH");
    assertThat(shown.path("customerPhone").path("value").asText()).isEqualTo("+49 30 1234567");
    assertThat(shown.path("owedToday").path("value").asText()).contains("Balance: EUR 1000.00");

    assertThat(post(COLLECTOR, "/engine-rest/task/" + callTask.getId() + "/claim",
            Map.of("userId", COLLECTOR)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(COLLECTOR, "/engine-rest/task/" + callTask.getId() + "/complete",
            Map.of("variables", Map.of(
                "callOutcome", Map.of("value", "NO_CONTACT"),
                "callNotes", Map.of("value", "voicemail, left a message")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(invoices.isWaitingAt(call, CollectionsProcess.TASK_CALL_CUSTOMER)).isFalse();
    assertThat(tasks.createTaskQuery().processInstanceId(call.getId()).count()).isZero();
  }

  @Test
  void salesResolvesDisputesOnly() throws Exception {
    ProcessInstance call = invoices.atCallCustomer();
    ProcessInstance dispute = invoices.atReviewDispute();
    ProcessInstance escalation = invoices.atDecideEscalation();
    Task disputeTask = invoices.openTask(dispute, CollectionsProcess.TASK_REVIEW_DISPUTE);

    assertThat(list(as(SALES).getForEntity("/engine-rest/task?maxResults=1000", String.class)))
        .extracting(t -> t.path("taskDefinitionKey").asText())
        .isNotEmpty()
        .containsOnly(CollectionsProcess.TASK_REVIEW_DISPUTE);
    assertRefusedAndUnchanged(SALES, invoices.openTask(call, CollectionsProcess.TASK_CALL_CUSTOMER));
    assertRefusedAndUnchanged(
        SALES, invoices.openTask(escalation, CollectionsProcess.TASK_DECIDE_ESCALATION));

    JsonNode shown =
        json.readTree(as(SALES).getForEntity(
            "/engine-rest/task/" + disputeTask.getId() + "/form-variables", String.class).getBody());
    assertThat(shown.path("disputeReason").path("value").asText())
        .contains("Says the second pallet never arrived");

    assertThat(post(SALES, "/engine-rest/task/" + disputeTask.getId() + "/claim",
            Map.of("userId", SALES)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(SALES, "/engine-rest/task/" + disputeTask.getId() + "/complete",
            Map.of("variables", Map.of(
                "disputeResolution", Map.of("value", "REJECTED"),
                "resolutionNotes", Map.of("value", "Delivery note signed for both pallets")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(invoices.isWaitingAt(dispute, CollectionsProcess.TASK_REVIEW_DISPUTE)).isFalse();
  }

  @Test
  void managerDecidesEscalationsButCannotWorkCalls() throws Exception {
    ProcessInstance call = invoices.atCallCustomer();
    ProcessInstance escalation = invoices.atDecideEscalation();
    Task decision = invoices.openTask(escalation, CollectionsProcess.TASK_DECIDE_ESCALATION);

    assertThat(list(as(MANAGER).getForEntity("/engine-rest/task?maxResults=1000", String.class)))
        .extracting(t -> t.path("taskDefinitionKey").asText())
        .isNotEmpty()
        .containsOnly(CollectionsProcess.TASK_DECIDE_ESCALATION);
    assertRefusedAndUnchanged(MANAGER, invoices.openTask(call, CollectionsProcess.TASK_CALL_CUSTOMER));

    // A write-off without a reason is refused as bad input and the task stays open.
    ResponseEntity<String> noReason = post(MANAGER, "/engine-rest/task/" + decision.getId() + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "WRITE_OFF"))));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("decisionNotes: say why it is written off");
    assertThat(invoices.isWaitingAt(escalation, CollectionsProcess.TASK_DECIDE_ESCALATION)).isTrue();

    assertThat(post(MANAGER, "/engine-rest/task/" + decision.getId() + "/complete",
            Map.of("variables", Map.of(
                "decision", Map.of("value", "EXTEND"),
                "extendDays", Map.of("value", 30),
                "decisionNotes", Map.of("value", "New owner asked for a month")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(invoices.isWaitingAt(escalation, CollectionsProcess.TASK_DECIDE_ESCALATION)).isFalse();

    // Cockpit: managers read every process instance; a collector reads none.
    assertThat(list(as(MANAGER).getForEntity("/engine-rest/process-instance?maxResults=100&businessKey="
            + call.getBusinessKey(), String.class))).hasSize(1);
    assertThat(list(as(COLLECTOR).getForEntity("/engine-rest/process-instance?maxResults=100&businessKey="
            + call.getBusinessKey(), String.class))).isEmpty();
  }

  @Test
  void managerDeploysAProcessVersionThroughEngineRestAndACollectorCannot() throws Exception {
    String name = "authz-deploy-" + System.nanoTime();
    ResponseEntity<String> refused = deploy(COLLECTOR, name);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> deployed = deploy(MANAGER, name);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(deployed.getBody());
    assertThat(body.path("name").asText()).isEqualTo(name);
    assertThat(body.path("deployedProcessDefinitions").toString()).contains("authzDeployCheck");

    // The collector's refused attempt left nothing behind: one deployment of that name.
    assertThat(list(as(MANAGER).getForEntity("/engine-rest/deployment?maxResults=100&name=" + name, String.class)))
        .hasSize(1);
  }

  @Test
  void tasklistAndCockpitAreOpenToTheRightGroups() {
    assertThat(access(COLLECTOR, "tasklist")).isTrue();
    assertThat(access(COLLECTOR, "cockpit")).isFalse();
    assertThat(access(SALES, "tasklist")).isTrue();
    assertThat(access(SALES, "cockpit")).isFalse();
    assertThat(access(MANAGER, "tasklist")).isTrue();
    assertThat(access(MANAGER, "cockpit")).isTrue();
    assertThat(access(COLLECTOR, "admin")).isFalse();
  }

  /**
   * What the engine grants on its own: a candidate group gets READ and UPDATE on each task it is
   * a candidate for, and nothing wider. Fordra adds no task permission of its own.
   */
  @Test
  void candidateGroupsGetTaskPermissionsPerTaskAndNoWildcard() {
    ProcessInstance call = invoices.atCallCustomer();
    Task task = invoices.openTask(call, CollectionsProcess.TASK_CALL_CUSTOMER);
    List<Authorization> onTask =
        authorizations.createAuthorizationQuery()
            .resourceType(Resources.TASK).resourceId(task.getId()).list();
    assertThat(onTask).singleElement().satisfies(a -> {
      assertThat(a.getGroupId()).isEqualTo(StaffGroups.COLLECTORS);
      assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
      assertThat(a.isPermissionGranted(Permissions.UPDATE)).isTrue();
    });
    assertThat(authorizations.createAuthorizationQuery()
            .resourceType(Resources.TASK).resourceId(Authorization.ANY)
            .groupIdIn(StaffGroups.COLLECTORS, StaffGroups.SALES,
                StaffGroups.MANAGERS)
            .count())
        .isZero();
  }

  @Test
  void everyGroupSeesItsSavedFiltersOnly() throws Exception {
    ProcessInstance call = invoices.atCallCustomer();
    Task task = invoices.openTask(call, CollectionsProcess.TASK_CALL_CUSTOMER);

    assertThat(filterNames(COLLECTOR))
        .containsExactlyInAnyOrder(
            TasklistFilters.MY_CALLS_TODAY, TasklistFilters.PAYMENTS_TO_MATCH,
            TasklistFilters.MY_GROUPS_TASKS);
    assertThat(filterNames(SALES))
        .containsExactlyInAnyOrder(TasklistFilters.DISPUTES, TasklistFilters.MY_GROUPS_TASKS);
    assertThat(filterNames(MANAGER))
        .containsExactlyInAnyOrder(TasklistFilters.ESCALATIONS, TasklistFilters.MY_GROUPS_TASKS);

    String myCalls = filters.createFilterQuery().filterName(TasklistFilters.MY_CALLS_TODAY)
        .singleResult().getId();
    List<JsonNode> listed = list(as(COLLECTOR).getForEntity(
        "/engine-rest/filter/" + myCalls + "/list?maxResults=1000", String.class));
    assertThat(listed).extracting(t -> t.path("id").asText()).contains(task.getId());
    assertThat(listed).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsOnly(CollectionsProcess.TASK_CALL_CUSTOMER);
    // Sorted bigger and older debts first.
    List<Integer> priorities = new ArrayList<>();
    listed.forEach(t -> priorities.add(t.path("priority").asInt()));
    assertThat(priorities).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    // Sales may not read the collectors' filter at all.
    assertThat(as(SALES).getForEntity("/engine-rest/filter/" + myCalls + "/list?maxResults=100", String.class)
            .getStatusCode().value())
        .isIn(403, 404);
  }

  @Test
  void startingAgainChangesNothing() {
    long authorizationsBefore = authorizations.createAuthorizationQuery().count();
    long filtersBefore = filters.createFilterQuery().count();
    staff.grantAll();
    tasklistFilters.createAll();
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filtersBefore);
  }

  private void assertRefusedAndUnchanged(String user, Task task) {
    String id = task.getId();
    assertThat(as(user).getForEntity("/engine-rest/task/" + id, String.class).getStatusCode().value())
        .as(user + " reads " + task.getTaskDefinitionKey()).isIn(403, 404);
    assertThat(as(user).getForEntity("/engine-rest/task/" + id + "/deployed-form", String.class)
            .getStatusCode().value())
        .as(user + " reads the form of " + task.getTaskDefinitionKey()).isIn(403, 404);
    assertThat(post(user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user))
            .getStatusCode().value())
        .as(user + " claims " + task.getTaskDefinitionKey()).isIn(403, 404);
    assertThat(post(user, "/engine-rest/task/" + id + "/complete", Map.of("variables", Map.of()))
            .getStatusCode().value())
        .as(user + " completes " + task.getTaskDefinitionKey()).isIn(403, 404);
    Task after = tasks.createTaskQuery().taskId(id).singleResult();
    assertThat(after).as("still open").isNotNull();
    assertThat(after.getAssignee()).as("still unclaimed").isNull();
  }

  private boolean access(String user, String application) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    return authorizations.isUserAuthorized(
        user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
  }

  private List<String> filterNames(String user) throws Exception {
    return list(as(user).getForEntity("/engine-rest/filter?maxResults=100", String.class)).stream()
        .map(f -> f.path("name").asText())
        .toList();
  }

  private ResponseEntity<String> deploy(String user, String name) {
    String bpmn =
        org.camunda.bpm.model.bpmn.Bpmn.convertToString(
            org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("authzDeployCheck")
                .camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done());
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", name);
    parts.add("deployment-source", "Camunda Modeler");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_XML);
    parts.add("data", new HttpEntity<>(new ByteArrayResource(bpmn.getBytes()) {
      @Override
      public String getFilename() {
        return "authz-deploy-check.bpmn";
      }
    }, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, StaffAccounts.PASSWORD);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private List<JsonNode> list(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    List<JsonNode> items = new ArrayList<>();
    json.readTree(response.getBody()).forEach(items::add);
    return items;
  }
}
