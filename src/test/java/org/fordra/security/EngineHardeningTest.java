package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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

/**
 * What a signed-in engine user still cannot do: read the whole database in one request, store a
 * Java-serialized object (a classic way to run code on deserialization), or run a script that
 * reaches into the JVM.
 */
@FordraTest
class EngineHardeningTest {

  static final String PASSWORD = "s3cret-Passw0rd";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  /** An operator allowed to read and change every process instance through /engine-rest. */
  @BeforeEach
  void anOperator() {
    if (identity.createUserQuery().userId("operator").count() > 0) {
      return;
    }
    User user = identity.newUser("operator");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (Resources resource : new Resources[] {Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE}) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId("operator");
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }

  @Test
  void engineRestRefusesAListWithoutALimit() {
    var operator = http.withBasicAuth("operator", PASSWORD);

    var unbounded = operator.getForEntity("/engine-rest/process-definition", String.class);
    assertThat(unbounded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unbounded.getBody()).contains("unbound number of results");

    var tooMany =
        operator.getForEntity(
            "/engine-rest/process-instance?firstResult=0&maxResults=2001", String.class);
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("Max results limit of 2000 exceeded");

    var aPage =
        operator.getForEntity(
            "/engine-rest/process-definition?firstResult=0&maxResults=2000", String.class);
    assertThat(aPage.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void engineRestRefusesAJavaSerializedVariable() {
    ProcessInstance instance = aWaitingInstance();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    // "rO0ABXQABWhlbGxv" is the Java serialization of the string "hello".
    var body =
        Map.of(
            "value", "rO0ABXQABWhlbGxv",
            "type", "Object",
            "valueInfo",
                Map.of(
                    "objectTypeName", "java.lang.String",
                    "serializationDataFormat", "application/x-java-serialized-object"));

    var response =
        http.withBasicAuth("operator", PASSWORD)
            .exchange(
                "/engine-rest/process-instance/" + instance.getId() + "/variables/payload",
                HttpMethod.PUT,
                new HttpEntity<>(body, json),
                String.class);

    assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(response.getBody()).contains("Java serialization format is prohibited");
    assertThat(runtime.getVariable(instance.getId(), "payload")).isNull();
  }

  @Test
  void aJsonVariableIsStillAccepted() {
    ProcessInstance instance = aWaitingInstance();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    var body = Map.of("value", "{\"note\":\"called\"}", "type", "Json");

    var response =
        http.withBasicAuth("operator", PASSWORD)
            .exchange(
                "/engine-rest/process-instance/" + instance.getId() + "/variables/note",
                HttpMethod.PUT,
                new HttpEntity<>(body, json),
                String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** A script never gets as far as the engine: the deployment policy refuses it (docs/security.md). */
  @Test
  void aScriptInAModelIsRefusedAtDeployment() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("reach-into-the-jvm")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .scriptTask("ReadHome")
            .scriptFormat("javascript")
            .scriptText("java.lang.System.getProperty('user.home')")
            .camundaResultVariable("home")
            .userTask()
            .endEvent()
            .done();

    assertThatThrownBy(
            () -> repository.createDeployment().addModelInstance("reach-into-the-jvm.bpmn", model).deploy())
        .hasMessageContaining("'ReadHome' is a script task");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("reach-into-the-jvm").count())
        .isZero();
  }

  @Test
  void engineRestRefusesToStartACaseForAUserOutsideTheGroupsThatMay() {
    if (identity.createUserQuery().userId("visitor").count() == 0) {
      // A member of sales may see the process definitions, but sales has no grant to start one.
      User visitor = identity.newUser("visitor");
      visitor.setPassword(PASSWORD);
      identity.saveUser(visitor);
      if (identity.createGroupQuery().groupId("sales").count() == 0) {
        identity.saveGroup(identity.newGroup("sales"));
      }
      identity.createMembership("visitor", "sales");
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId("sales");
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId("*");
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);

    var response =
        http.withBasicAuth("visitor", PASSWORD)
            .postForEntity(
                "/engine-rest/process-definition/key/collections/start",
                new HttpEntity<>(Map.of("businessKey", "INV-1"), json),
                String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("INV-1").count())
        .isZero();
  }

  private ProcessInstance aWaitingInstance() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("parked").count() == 0) {
      BpmnModelInstance model =
          Bpmn.createExecutableProcess("parked")
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .userTask("Wait")
              .endEvent()
              .done();
      repository.createDeployment().addModelInstance("parked.bpmn", model).deploy();
    }
    return runtime.startProcessInstanceByKey("parked");
  }
}
