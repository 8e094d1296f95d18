package org.fordra.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A manager's edit that would break running invoices never reaches the engine: refused with the
 * reasons, and nothing of the deployment stored. Through the engine's Java API and through the
 * REST API Camunda Modeler deploys to.
 */
@FordraTest
class ModelChecksTest {

  static final String DEPLOYER = "modeldeployer";
  static final String PASSWORD = "Model-Deployer-Passw0rd";

  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired TestRestTemplate http;

  String deploymentName;

  @BeforeEach
  void aNameForThisDeployment() {
    deploymentName = "model-check-" + UUID.randomUUID();
  }

  @AfterEach
  void removeWhatWasAccepted() {
    repository.createDeploymentQuery().deploymentName(deploymentName).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void aTimerWithoutADateIsRefusedAndNothingIsStored() {
    String broken = collections().replace("${reminder1At}", "");
    long versions = collectionsVersions();

    assertThatThrownBy(() -> deploy(Map.of("processes/collections.bpmn", broken)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Reminder1DueTimer")
        .hasMessageContaining("has no date, duration or cycle");
    assertNothingStored(versions);
  }

  @Test
  void aTimerWithoutAnyDefinitionIsRefused() {
    String broken =
        collections()
            .replaceAll(
                "(?s)<bpmn:timerEventDefinition id=\"CallDueTimer\">.*?</bpmn:timerEventDefinition>",
                "<bpmn:timerEventDefinition id=\"CallDueTimer\" />");

    // Camunda's own check, with the line of the timer in the file.
    int line = broken.substring(0, broken.indexOf("<bpmn:timerEventDefinition id=\"CallDueTimer\" />"))
        .split("\n", -1).length;
    assertThatThrownBy(() -> deploy(Map.of("processes/collections.bpmn", broken)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Timer needs configuration")
        .hasMessageContaining("line " + line);
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
  }

  @Test
  void aNoticeThatSkipsTheContactHoursIsRefused() {
    // The receipt wired straight after closing the case, its wait left out.
    String broken =
        collections()
            .replace(
                "sourceRef=\"ContactHoursForPaidReceipt\" targetRef=\"SendPaidReceipt\"",
                "sourceRef=\"CloseAsPaid\" targetRef=\"SendPaidReceipt\"");
    long versions = collectionsVersions();

    assertThatThrownBy(() -> deploy(Map.of("processes/collections.bpmn", broken)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("'Send thank-you receipt' (SendPaidReceipt) sends a notice without"
            + " waiting for the customer's contact days and hours (reached from 'CloseAsPaid')");
    assertNothingStored(versions);
  }

  @Test
  void aStepThatDoesNothingIsRefused() {
    String broken =
        collections().replace(" camunda:delegateExpression=\"${planDunningSchedule}\"", "");

    assertThatThrownBy(() -> deploy(Map.of("processes/collections.bpmn", broken)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("'Plan the dunning schedule' (PlanDunningSchedule) does nothing");
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
  }

  @Test
  void aStepFordraDoesNotHaveIsRefused() {
    String broken = collections().replace("${planDunningSchedule}", "${planDunningScheduel}");

    assertThatThrownBy(() -> deploy(Map.of("processes/collections.bpmn", broken)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("calls ${planDunningScheduel}, which is not a step Fordra has");
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
  }

  @Test
  void aDiagramWithoutItsFormsIsRefused() {
    long versions = collectionsVersions();

    assertThatThrownBy(() -> deploy(Map.of("processes/collections.bpmn", collections())))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("shows the form 'call-customer', which is not in this deployment")
        .hasMessageContaining("'review-dispute'")
        .hasMessageContaining("'decide-escalation'");
    assertNothingStored(versions);
  }

  @Test
  void aChangedDiagramWithItsFormsIsAccepted() {
    long versions = collectionsVersions();
    String changed = collections().replace("name=\"Reminder 1 date\"", "name=\"Reminder 1 day\"");

    Deployment deployment =
        deploy(
            Map.of(
                "processes/collections.bpmn", changed,
                "forms/call-customer.form", form("call-customer"),
                "forms/review-dispute.form", form("review-dispute"),
                "forms/decide-escalation.form", form("decide-escalation"),
                "forms/review-pre-action-reply.form", form("review-pre-action-reply")));

    assertThat(deployment.getId()).isNotBlank();
    assertThat(collectionsVersions()).isEqualTo(versions + 1);
  }

  @Test
  void aScheduleWithoutAColumnFordraReadsIsRefused() {
    String broken =
        resource("processes/dunning-schedule.dmn")
            .replace("name=\"reminder1Days\"", "name=\"reminderOneDays\"");
    long decisions = repository.createDecisionDefinitionQuery().count();

    assertThatThrownBy(() -> deploy(Map.of("processes/dunning-schedule.dmn", broken)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("lacks the output column(s) reminder1Days");
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
    assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
  }

  @Test
  void overRestABrokenDiagramIsA400WithTheReason() {
    aDeployer();
    long versions = collectionsVersions();
    String broken = collections().replace("${reminder1At}", " ");

    var response = deployOverRest("collections.bpmn", broken);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody())
        .contains("Reminder1DueTimer")
        .contains("has no date, duration or cycle")
        .contains("nothing of it was stored");
    assertNothingStored(versions);
  }

  @Test
  void overRestABrokenScheduleIsA400WithTheReason() {
    aDeployer();
    String broken =
        resource("processes/dunning-schedule.dmn").replace("name=\"callDays\"", "name=\"call\"");

    var response = deployOverRest("dunning-schedule.dmn", broken);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("lacks the output column(s) callDays");
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
  }

  @Test
  void overRestASoundDiagramIsDeployed() {
    aDeployer();
    long versions = collectionsVersions();

    // As Camunda Modeler deploys it: the diagram with the forms its tasks show.
    var response =
        deployOverRest(
            "collections.bpmn",
            collections().replace("name=\"Reminder 1 date\"", "name=\"Reminder 1 day\""),
            true);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(collectionsVersions()).isEqualTo(versions + 1);
  }

  private void assertNothingStored(long collectionsVersionsBefore) {
    assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isZero();
    assertThat(collectionsVersions()).isEqualTo(collectionsVersionsBefore);
  }

  private long collectionsVersions() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("collections").count();
  }

  private Deployment deploy(Map<String, String> resources) {
    DeploymentBuilder builder = repository.createDeployment().name(deploymentName);
    resources.forEach(builder::addString);
    return builder.deploy();
  }

  private org.springframework.http.ResponseEntity<String> deployOverRest(
      String fileName, String content) {
    return deployOverRest(fileName, content, false);
  }

  private org.springframework.http.ResponseEntity<String> deployOverRest(
      String fileName, String content, boolean withForms) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", deploymentName);
    if (withForms) {
      try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
        for (var form : forms.toList()) {
          byte[] bytes = java.nio.file.Files.readAllBytes(form);
          String name = form.getFileName().toString();
          body.add(name, new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
              return name;
            }
          });
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    body.add(
        fileName,
        new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(DEPLOYER, PASSWORD)
        .postForEntity(
            "/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  /** A manager's right to deploy, granted to an account of this test's own. */
  private void aDeployer() {
    if (identity.createUserQuery().userId(DEPLOYER).count() == 0) {
      User user = identity.newUser(DEPLOYER);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      Authorization deploy = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      deploy.setUserId(DEPLOYER);
      deploy.setResource(Resources.DEPLOYMENT);
      deploy.setResourceId(Authorization.ANY);
      deploy.addPermission(Permissions.CREATE);
      authorizations.saveAuthorization(deploy);
    }
  }

  static String collections() {
    return resource("processes/collections.bpmn");
  }

  static String form(String id) {
    return resource("model-checks/" + id + ".form");
  }

  static String resource(String path) {
    try (InputStream in = ModelChecksTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
