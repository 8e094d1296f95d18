package org.fordra.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a manager opens in Camunda Modeler is what runs: every file in processes/ and forms/
 * deploys as it is, every element a person sees has a name and a place in the diagram.
 */
@FordraTest
class ProcessFilesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  @Autowired RepositoryService repository;

  static List<Path> files(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void everyFileDeploysAsItIs() throws IOException {
    List<Path> all =
        Stream.of(
                files(PROCESSES, ".bpmn"), files(PROCESSES, ".dmn"), files(FORMS, ".form"))
            .flatMap(List::stream)
            .toList();
    assertThat(all).extracting(p -> p.getFileName().toString())
        .contains("collections.bpmn", "payment-plan.bpmn", "dunning-schedule.dmn");

    DeploymentBuilder builder = repository.createDeployment().name("process-files-test");
    for (Path file : all) {
      builder.addString(file.getFileName().toString(), Files.readString(file));
    }
    Deployment deployment = builder.deploy();
    try {
      assertThat(repository.getDeploymentResourceNames(deployment.getId()))
          .hasSize(all.size());
      assertThat(
              repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
          .extracting(d -> d.getKey())
          .containsExactlyInAnyOrder("collections", "payment-plan", "unmatched-payment");
      assertThat(
              repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list())
          .extracting(d -> d.getKey())
          .containsExactlyInAnyOrder("dunning-schedule", "fee-policy");
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void theRunningEngineDeployedEveryFile() throws IOException {
    Set<String> deployed =
        repository.createDeploymentQuery().list().stream()
            .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
            .map(name -> Path.of(name).getFileName().toString())
            .collect(Collectors.toSet());
    for (Path file :
        Stream.of(files(PROCESSES, ".bpmn"), files(PROCESSES, ".dmn"), files(FORMS, ".form"))
            .flatMap(List::stream)
            .toList()) {
      assertThat(deployed).contains(file.getFileName().toString());
    }
  }

  @Test
  void everyElementAPersonSeesHasANameAndAShape() throws IOException {
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Bpmn.validateModel(model);
      Set<String> shapes =
          model.getModelElementsByType(BpmnShape.class).stream()
              .map(s -> s.getBpmnElement().getId())
              .collect(Collectors.toSet());
      Set<String> edges =
          model.getModelElementsByType(BpmnEdge.class).stream()
              .map(e -> e.getBpmnElement().getId())
              .collect(Collectors.toSet());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(node.getName()).as(file + ": name of " + node.getId()).isNotBlank();
        assertThat(shapes).as(file + ": shape of " + node.getId()).contains(node.getId());
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        assertThat(edges).as(file + ": edge of " + flow.getId()).contains(flow.getId());
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString())
            .as(file + ": history time to live").isNotBlank();
      }
    }
  }

  @Test
  void everyFormHasTheIdItIsReferencedBy() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> forms = files(FORMS, ".form");
    assertThat(forms).extracting(p -> p.getFileName().toString())
        .contains("call-customer.form", "review-dispute.form", "decide-escalation.form");
    for (Path form : forms) {
      JsonNode root = json.readTree(form.toFile());
      assertThat(root.path("id").asText())
          .isEqualTo(form.getFileName().toString().replace(".form", ""));
    }
  }

  /**
   * The diagrams name their candidate groups as text; Java names Fordra's staff groups once, in
   * StaffGroups: each user task offers itself to the group the contract gives it.
   */
  @Test
  void everyUserTaskIsOfferedToItsStaffGroup() throws IOException {
    Map<String, String> offeredTo = new TreeMap<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        offeredTo.put(task.getId(), task.getCamundaCandidateGroups());
      }
    }

    assertThat(offeredTo)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "CallCustomer", StaffGroups.COLLECTORS,
                "ReviewDispute", StaffGroups.SALES,
                "DecideEscalation", StaffGroups.MANAGERS,
                "MatchPayment", StaffGroups.COLLECTORS,
                // A returned Reply Form (Pre-Action Protocol): a manager or the case's collector.
                "ReviewPreActionReply", StaffGroups.MANAGERS + "," + StaffGroups.COLLECTORS));
  }
}
