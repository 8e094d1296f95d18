package org.fordra.processes;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.ScheduleSettings;

/**
 * Runs before the engine's own deployers: a dunning-schedule table must still give every
 * column Fordra reads (the components of {@link ScheduleSettings}), or every new invoice would
 * fail at its first step. A table the DMN parser cannot read is left to the engine to refuse.
 */
class DecisionTableCheck implements Deployer {

  /** Output names the code reads, per decision key. */
  static final Map<String, Set<String>> REQUIRED_OUTPUTS =
      Map.of(
          CollectionsProcess.SCHEDULE_DECISION_KEY,
          Arrays.stream(ScheduleSettings.class.getRecordComponents())
              .map(component -> component.getName())
              .collect(Collectors.toCollection(LinkedHashSet::new)));

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".dmn") || resource.getName().endsWith(".dmn11.xml")) {
        check(resource);
      }
    }
  }

  private static void check(ResourceEntity resource) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
    } catch (RuntimeException unreadable) {
      return;
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      Set<String> required = REQUIRED_OUTPUTS.get(decision.getId());
      if (required == null) {
        continue;
      }
      Set<String> given =
          decision.getExpression() instanceof DecisionTable table
              ? table.getOutputs().stream().map(Output::getName).collect(Collectors.toSet())
              : Set.of();
      List<String> missing = required.stream().filter(name -> !given.contains(name)).toList();
      if (!missing.isEmpty()) {
        String message =
            "Fordra refused this deployment; nothing of it was stored. The decision table '"
                + decision.getId()
                + "' in "
                + resource.getName()
                + " lacks the output column(s) "
                + String.join(", ", missing)
                + ", which Fordra reads for every invoice. Keep each output's Output name as"
                + " shipped in processes/"
                + decision.getId()
                + ".dmn.";
        throw new ParseException(
            message,
            resource.getName(),
            List.of(new DeploymentPolicy.Violation(resource.getName(), decision.getId(), message)),
            List.of());
      }
    }
  }
}
