package org.fordra.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * An attacker with a manager's login deploys diagrams that would run operating-system commands:
 * each way in is refused over /engine-rest (the door Camunda Modeler uses) with a 400 naming the
 * element, nothing of the deployment is stored, and nothing runs. Below the policy, the engine's
 * expressions cannot reach reflection either.
 */
@FordraTest
class DeploymentPolicyTest {

  static final String MANAGER = "policymanager";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ProcessEngine engine;

  @TempDir Path scratch;
  Path touched;
  String exec;

  @BeforeEach
  void aManagerAndAFileThatMustNotAppear() {
    StaffAccounts.ensure(identity, MANAGER, StaffGroups.MANAGERS);
    touched = scratch.resolve("pwned");
    exec = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
        + ".exec('touch " + touched + "')}";
  }

  @Test
  void aServiceTaskThatRunsACommandAfterATimerIsRefused() {
    String probe =
        process("probe-timer-exec", """
            <bpmn:startEvent id="Tick"><bpmn:timerEventDefinition id="TickTimer">
              <bpmn:timeCycle>R1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="Tick" targetRef="Run" />
            <bpmn:serviceTask id="Run" camunda:expression="EXEC" />
            <bpmn:sequenceFlow id="f2" sourceRef="Run" targetRef="Done" />
            <bpmn:endEvent id="Done" />
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-timer-exec", "Run", "camunda:expression");
  }

  @Test
  void anExecutionListenerWithAnExpressionIsRefused() {
    String probe =
        process("probe-listener", """
            <bpmn:startEvent id="Begin"><bpmn:extensionElements>
              <camunda:executionListener event="start" expression="EXEC" />
            </bpmn:extensionElements></bpmn:startEvent>
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-listener", "Begin", "an expression");
  }

  @Test
  void aTaskListenerWithAJavaClassIsRefused() {
    String probe =
        process("probe-task-listener", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Look" />
            <bpmn:userTask id="Look"><bpmn:extensionElements>
              <camunda:taskListener event="create" class="java.lang.Runtime" />
            </bpmn:extensionElements></bpmn:userTask>
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-task-listener", "Look", "a Java class");
  }

  @Test
  void aTimerWhoseDateRunsACommandIsRefused() {
    String probe =
        process("probe-timer-date", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Wait" />
            <bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition id="WaitTimer">
              <bpmn:timeDate>EXEC</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-timer-date", "WaitTimer", "getClass");
  }

  @Test
  void aGatewayConditionThatCallsAMethodIsRefused() {
    String probe =
        process("probe-condition", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Choose" />
            <bpmn:exclusiveGateway id="Choose" />
            <bpmn:sequenceFlow id="Sneaky" sourceRef="Choose" targetRef="Done">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">EXEC</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="Done" />
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-condition", "Sneaky", "not an approved");
  }

  @Test
  void anInputMappingThatCallsAMethodIsRefused() {
    String probe =
        process("probe-mapping", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Mapped" />
            <bpmn:serviceTask id="Mapped" camunda:delegateExpression="${sendReminderAndMarkStage}">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="noticeKind">EXEC</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-mapping", "Mapped", "getClass");
  }

  @Test
  void aPropertyChainAndABracketAreRefusedButVariablesAndApprovedCallsPass() {
    String probe =
        process("probe-properties", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Wait" />
            <bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition id="WaitTimer">
              <bpmn:timeDate>${execution.processEngineServices}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="Wait" targetRef="Choose" />
            <bpmn:exclusiveGateway id="Choose" />
            <bpmn:sequenceFlow id="Bracket" sourceRef="Choose" targetRef="Done">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${x['class'] == 1}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Fine" sourceRef="Choose" targetRef="Done">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${nextStep == 'CALL' &amp;&amp; !paused}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="Done" />
            """);

    ResponseEntity<String> answer = deploy(Map.of("probe.bpmn", probe));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody())
        .contains("'WaitTimer'", "execution.processEngineServices", "'Bracket'")
        .doesNotContain("'Fine'");
    assertNothingDeployed("probe-properties");
  }

  @Test
  void aDecisionTableThatReachesForJavaIsRefused() {
    String dmn = decision("probe-decision", "juel", "EXEC", "\"x\"");
    String feel =
        decision("probe-feel", "feel", "x",
            "(function(a) external {java: {class: \"java.lang.System\","
                + " method signature: \"getProperty(java.lang.String)\"}})(\"user.home\")");

    ResponseEntity<String> answer =
        deploy(linked("probe.dmn", dmn, "probe-feel.dmn", feel));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("probe.dmn", "getClass", "probe-feel.dmn", "external");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("probe-decision").count())
        .isZero();
    assertThat(touched).doesNotExist();
  }

  @Test
  void aCallToAProcessFordraDoesNotHaveIsRefused() {
    String probe =
        process("probe-call", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="CallNew" />
            <bpmn:callActivity id="CallNew" calledElement="brand-new-process" />
            """);

    assertRefused(Map.of("probe.bpmn", probe), "probe-call", "CallNew", "brand-new-process");
  }

  @Test
  void aMessageStartOnFordrasPaymentMessageIsRefused() {
    String probe =
        process("probe-hijack", """
            <bpmn:startEvent id="Hijack"><bpmn:messageEventDefinition id="HijackDefinition"
                messageRef="Paid" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="Hijack" targetRef="Done" />
            <bpmn:endEvent id="Done" />
            """,
            "<bpmn:message id=\"Paid\" name=\"PaymentReceived\" />");

    assertRefused(Map.of("probe.bpmn", probe), "probe-hijack", "Hijack", "PaymentReceived");
  }

  @Test
  void scriptsConnectorsShadowIdsAndOtherFilesAreRefused() {
    String script =
        process("probe-script", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Script" />
            <bpmn:scriptTask id="Script" scriptFormat="groovy"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>
            """);
    String connector =
        process("probe-connector", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Http" />
            <bpmn:serviceTask id="Http"><bpmn:extensionElements><camunda:connector>
              <camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
            </bpmn:extensionElements></bpmn:serviceTask>
            """);
    String shadow = process("Collections", "<bpmn:startEvent id=\"Begin\" />");
    String bean =
        process("probe-bean", """
            <bpmn:startEvent id="Begin" />
            <bpmn:sequenceFlow id="f1" sourceRef="Begin" targetRef="Raw" />
            <bpmn:serviceTask id="Raw" camunda:delegateExpression="${dataSource}" />
            """);

    ResponseEntity<String> answer =
        deploy(linked("script.bpmn", script, "connector.bpmn", connector, "shadow.bpmn", shadow,
            "bean.bpmn", bean, "evil.js", "java.lang.Runtime.getRuntime().exec('id')"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody())
        .contains("'Script' is a script task", "'Http' uses a connector", "'Collections'",
            "'Raw' calls ${dataSource}", "evil.js: only diagrams");
    assertNothingDeployed("probe-script");
    assertNothingDeployed("probe-bean");
  }

  @Test
  void fordrasOwnDiagramsPassThePolicy() throws Exception {
    DeploymentPolicy policy =
        new DeploymentPolicy(
            new ExpressionPolicy(
                java.util.Set.of("noticeHours.nextFor"),
                java.util.Set.of("execution.processBusinessKey"),
                name -> false),
            name -> true);
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.toList()) {
        assertThat(policy.check(file.getFileName().toString(), Files.readAllBytes(file)))
            .as(file.toString())
            .isEmpty();
      }
    }
  }

  /** Below the policy: whatever expression reaches the engine cannot touch reflection. */
  @Test
  void theEnginesExpressionsCannotReachReflection() {
    var expressions =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getExpressionManager();
    var scope = StartProcessVariableScope.getSharedInstance();

    assertThatThrownBy(() -> inEngine(() -> expressions.createExpression(exec).getValue(scope)))
        .hasStackTraceContaining("Fordra refuses this expression");
    assertThatThrownBy(() -> inEngine(() -> expressions.createExpression("${'x'.class}").getValue(scope)))
        .hasStackTraceContaining("Fordra refuses this expression");
    assertThatThrownBy(
            () -> inEngine(() -> expressions.createExpression("${'x'.getClass().getClassLoader()}")
                .getValue(scope)))
        .hasStackTraceContaining("Fordra refuses this expression");
    assertThat(inEngine(() -> expressions.createExpression("${1 < 2}").getValue(scope))).isEqualTo(true);
    assertThat(inEngine(() -> expressions.createExpression("${'abc'.length()}").getValue(scope)))
        .isEqualTo(3);
    assertThat(touched).doesNotExist();
  }

  @Test
  void decisionTablesCannotReachReflectionEvenWhenEvaluatedDirectly() {
    var dmnEngine =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngine();
    String juel = decision("bypass-juel", "juel", exec, "\"x\"");
    String feel =
        decision("bypass-feel", "feel", "x",
            "(function(a) external {java: {class: \"java.lang.System\","
                + " method signature: \"getProperty(java.lang.String)\"}})(\"user.home\")");

    assertThatThrownBy(
            () -> inEngine(() -> dmnEngine.evaluateDecisionTable(
                "bypass-juel", stream(juel), Variables.createVariables().putValue("x", 1))))
        .hasStackTraceContaining("Fordra refuses this expression");
    Object home;
    try {
      home = inEngine(() -> dmnEngine.evaluateDecisionTable(
              "bypass-feel", stream(feel), Variables.createVariables().putValue("x", 1))
          .getSingleEntry());
    } catch (RuntimeException refused) {
      home = null;
    }
    assertThat(home).isNotEqualTo(System.getProperty("user.home"));
    assertThat(touched).doesNotExist();
  }

  /** Runs inside an engine command, as every expression the engine evaluates does. */
  private <T> T inEngine(java.util.function.Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> work.get());
  }

  private void assertRefused(Map<String, String> files, String key, String elementId, String why) {
    ResponseEntity<String> answer = deploy(files);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody())
        .contains("Fordra refused this deployment")
        .contains("'" + elementId + "'")
        .contains(why);
    assertNothingDeployed(key);
  }

  private void assertNothingDeployed(String key) {
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(touched).doesNotExist();
  }

  private ResponseEntity<String> deploy(Map<String, String> files) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", "policy-probe-" + UUID.randomUUID());
    parts.add("deployment-source", "Camunda Modeler");
    files.forEach(
        (name, content) -> {
          HttpHeaders fileHeaders = new HttpHeaders();
          fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
          parts.add(name, new HttpEntity<>(
              new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                  return name;
                }
              },
              fileHeaders));
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(MANAGER, StaffAccounts.PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
  }

  private String process(String id, String body) {
    return process(id, body, "");
  }

  private String process(String id, String body, String head) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="http://fordra.org/probe">
          %s
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
          %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(head, id, body.replace("EXEC", xml(exec)));
  }

  private String decision(String id, String language, String input, String output) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs-%1$s"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            name="Probe" namespace="http://fordra.org/probe">
          <decision id="%1$s" name="Probe" camunda:historyTimeToLive="1">
            <decisionTable id="table-%1$s">
              <input id="in-%1$s" label="x">
                <inputExpression id="expr-%1$s" typeRef="string" expressionLanguage="%2$s">
                  <text>%3$s</text>
                </inputExpression>
              </input>
              <output id="out-%1$s" name="result" typeRef="string" />
              <rule id="rule-%1$s">
                <inputEntry id="entry-%1$s"><text>-</text></inputEntry>
                <outputEntry id="result-%1$s"><text>%4$s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(id, language, xml(input.replace("EXEC", exec)), xml(output));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> linked(String... namesAndContents) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      files.put(namesAndContents[i], namesAndContents[i + 1]);
    }
    return files;
  }
}
