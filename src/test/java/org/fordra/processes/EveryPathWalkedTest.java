package org.fordra.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.fordra.testing.ProcessCoverage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The floor of the process tests: every flow node and every sequence flow of every process in
 * processes/ was walked by some test of this run (camunda-process-test-coverage records them per
 * class, see {@link ProcessCoverage}). Runs after every other class (in the build, an execution of
 * its own after the test JVMs, see pom.xml; in one JVM, last by {@link
 * ClassOrderer.OrderAnnotation}, junit-platform.properties) and writes what is not walked, per
 * process, to target/process-test-coverage/suite.txt.
 */
@Order(Integer.MAX_VALUE)
class EveryPathWalkedTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path REPORTS = Path.of(ProcessCoverage.REPORTS);

  /**
   * The share of each process's flow nodes and sequence flows the suite must walk: all of them,
   * except for a process listed here, whose floor is what the whole suite walked when the floor
   * was set (it may only go up). What is not walked is listed in suite.txt; then the walk is to
   * be added (camunda-bpm-assert, timers by the engine clock) and the process leaves this map.
   *
   * <p>None since 2 December 2026: the payment plan's own end when kept (payment-plan's NoMore,
   * KeepPlan, ToPlanKept, PlanKept; collections' PlanKept, PlanPaidInFull), the last part not
   * walked, is walked by PaymentPlanKeptTest.
   */
  static final Map<String, Double> WALKED_IN_PART = Map.of();
  static final double WALKED_IN_FULL = 1.0;

  record Coverage(String process, Set<String> elements, Set<String> walked) {
    Set<String> missing() {
      Set<String> missing = new TreeSet<>(elements);
      missing.removeAll(walked);
      return missing;
    }

    double share() {
      return elements.isEmpty() ? 1.0 : (double) (elements.size() - missing().size()) / elements.size();
    }
  }

  @Test
  void everyFlowNodeAndSequenceFlowOfEveryProcessIsWalked() throws IOException {
    Map<String, Set<String>> walked = walkedInThisRun();
    Assumptions.assumeFalse(
        walked.isEmpty(), "No process test ran in this JVM: nothing to judge (run the suite)");

    List<Coverage> coverages = new ArrayList<>();
    elementsOfEachProcess().forEach(
        (process, elements) -> {
          Set<String> walkedHere = walked.getOrDefault(process, Set.of());
          coverages.add(new Coverage(process, elements, walkedHere));
        });
    Files.writeString(REPORTS.resolve("suite.txt"), report(coverages));

    assertThat(coverages).isNotEmpty();
    for (Coverage coverage : coverages) {
      assertThat(coverage.share())
          .as("share of %s walked; not walked: %s (see %s)", coverage.process(),
              coverage.missing(), REPORTS.resolve("suite.txt"))
          .isGreaterThanOrEqualTo(WALKED_IN_PART.getOrDefault(coverage.process(), WALKED_IN_FULL));
    }
  }

  /** Per process key, the ids of its flow nodes and sequence flows, as in processes/*.bpmn. */
  static Map<String, Set<String>> elementsOfEachProcess() throws IOException {
    Map<String, Set<String>> elements = new TreeMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
          if (element instanceof FlowNode || element instanceof SequenceFlow) {
            elements.computeIfAbsent(processOf(element), k -> new TreeSet<>()).add(element.getId());
          }
        }
      }
    }
    return elements;
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }

  /** Per process key, the elements some test class of this JVM walked. */
  static Map<String, Set<String>> walkedInThisRun() throws IOException {
    Map<String, Set<String>> walked = new TreeMap<>();
    if (!Files.isDirectory(REPORTS)) {
      return walked;
    }
    // Reports an earlier run left behind say nothing about this one. The build runs this class
    // in a JVM of its own after the test JVMs that wrote the reports (pom.xml): since the build's
    // start, then; else since this JVM's.
    String runStarted = System.getProperty("fordra.test.run-started", "");
    long started =
        runStarted.isEmpty()
            ? ManagementFactory.getRuntimeMXBean().getStartTime()
            : Instant.parse(runStarted).toEpochMilli();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(REPORTS)) {
      for (Path report : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        if (Files.getLastModifiedTime(report).toMillis() >= started) {
          collectEvents(json.readTree(report.toFile()), walked);
        }
      }
    }
    return walked;
  }

  /** An event names the element ({@code definitionKey}) and its process ({@code modelKey}). */
  private static void collectEvents(JsonNode node, Map<String, Set<String>> walked) {
    if (node.has("definitionKey") && node.has("modelKey")) {
      walked.computeIfAbsent(node.get("modelKey").asText(), k -> new TreeSet<>())
          .add(node.get("definitionKey").asText());
      return;
    }
    node.forEach(child -> collectEvents(child, walked));
  }

  private static String report(List<Coverage> coverages) {
    StringBuilder text = new StringBuilder("Process coverage of this run (flow nodes and sequence flows)\n");
    for (Coverage coverage : coverages) {
      text.append(String.format("%n%s: %d of %d walked (%.1f %%)%n", coverage.process(),
          coverage.elements().size() - coverage.missing().size(), coverage.elements().size(),
          100 * coverage.share()));
      coverage.missing().forEach(id -> text.append("  not walked: ").append(id).append('\n'));
    }
    return text.toString();
  }
}
