package org.fordra.processes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.fordra.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running invoices to the latest version of a process, when a manager says so. A new
 * version applies to new invoices at once; running ones keep theirs until migrated here.
 *
 * <p>Each instance moves in a transaction of its own, so one that cannot move (it waits at a
 * step the new version no longer has) stays where it is and is reported, while the others move.
 * A dry run does the same work and rolls every transaction back: its report is what a real run
 * would do, not a guess.
 */
@Component
public class ProcessMigration {

  /** What to migrate. {@code mappings}: source activity id to target activity id, for renamed steps. */
  public record Request(
      String processKey,
      Integer fromVersion,
      Boolean dryRun,
      List<String> invoiceNumbers,
      Map<String, String> mappings) {

    boolean isDryRun() {
      return dryRun == null || dryRun;
    }
  }

  /** One running invoice's case. */
  public record Instance(
      String processInstanceId, String invoiceNumber, int fromVersion, List<String> reasons) {}

  public record Report(
      String processKey,
      int toVersion,
      boolean dryRun,
      int examined,
      int migrated,
      int notMigrated,
      List<Instance> moved,
      List<Instance> couldNotMove) {}

  /** The request itself cannot be carried out (unknown process, bad mapping). */
  public static class Refused extends RuntimeException {
    private final String field;
    private final boolean notFound;

    Refused(String field, String message, boolean notFound) {
      super(message);
      this.field = field;
      this.notFound = notFound;
    }

    /** The request field at fault. */
    public String field() {
      return field;
    }

    public boolean isNotFound() {
      return notFound;
    }
  }

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;

  ProcessMigration(
      RepositoryService repository,
      RuntimeService runtime,
      TransactionTemplate transaction,
      AuditTrail audit) {
    this.repository = repository;
    this.runtime = runtime;
    this.transaction = transaction;
    this.audit = audit;
  }

  public Report migrate(Request request) {
    if (request.processKey() == null || request.processKey().isBlank()) {
      throw new Refused("processKey", "processKey is required, e.g. \"collections\".", false);
    }
    ProcessDefinition target =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(request.processKey())
            .latestVersion()
            .singleResult();
    if (target == null) {
      throw new Refused("processKey", "No process with the key '" + request.processKey() + "' is deployed.", true);
    }
    if (request.fromVersion() != null && request.fromVersion() >= target.getVersion()) {
      throw new Refused(
          "fromVersion",
          "fromVersion "
              + request.fromVersion()
              + " is not older than the latest version "
              + target.getVersion()
              + " of '"
              + request.processKey()
              + "'.",
          false);
    }
    List<Instance> moved = new ArrayList<>();
    List<Instance> couldNotMove = new ArrayList<>();
    for (ProcessDefinition source : olderVersions(request, target)) {
      List<ProcessInstance> running = running(source, request.invoiceNumbers());
      if (running.isEmpty()) {
        continue;
      }
      MigrationPlan plan;
      try {
        plan = plan(source, target, request.mappings());
      } catch (MigrationPlanValidationException invalid) {
        List<String> reasons = planFailures(invalid);
        running.forEach(i -> couldNotMove.add(instance(i, source, reasons)));
        continue;
      } catch (ProcessEngineException invalid) {
        List<String> reasons = List.of(invalid.getMessage());
        running.forEach(i -> couldNotMove.add(instance(i, source, reasons)));
        continue;
      }
      for (ProcessInstance instance : running) {
        List<String> reasons = moveOne(instance, plan, source, target, request.isDryRun());
        (reasons.isEmpty() ? moved : couldNotMove).add(instance(instance, source, reasons));
      }
    }
    return new Report(
        request.processKey(),
        target.getVersion(),
        request.isDryRun(),
        moved.size() + couldNotMove.size(),
        moved.size(),
        couldNotMove.size(),
        moved,
        couldNotMove);
  }

  private List<ProcessDefinition> olderVersions(Request request, ProcessDefinition target) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(request.processKey());
    if (request.fromVersion() != null) {
      query.processDefinitionVersion(request.fromVersion());
    }
    return query.list().stream()
        .filter(definition -> definition.getVersion() < target.getVersion())
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
        .toList();
  }

  private List<ProcessInstance> running(ProcessDefinition source, List<String> invoiceNumbers) {
    ProcessInstanceQuery query =
        runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
    if (invoiceNumbers == null) {
      return query.orderByProcessInstanceId().asc().list();
    }
    Set<String> wanted = Set.copyOf(invoiceNumbers);
    return query.orderByProcessInstanceId().asc().list().stream()
        .filter(instance -> wanted.contains(instance.getBusinessKey()))
        .toList();
  }

  /**
   * Equal ids map to each other; renamed steps by the request's mappings. Timers and other
   * event triggers are recomputed from the new version, so a changed timer applies at once.
   */
  private MigrationPlan plan(
      ProcessDefinition source, ProcessDefinition target, Map<String, String> mappings) {
    MigrationInstructionsBuilder builder =
        runtime
            .createMigrationPlan(source.getId(), target.getId())
            .mapEqualActivities()
            .updateEventTriggers();
    MigrationPlanBuilder plan = builder;
    if (mappings != null) {
      for (Map.Entry<String, String> mapping : mappings.entrySet()) {
        plan = plan.mapActivities(mapping.getKey(), mapping.getValue()).updateEventTrigger();
      }
    }
    return plan.build();
  }

  private List<String> moveOne(
      ProcessInstance instance,
      MigrationPlan plan,
      ProcessDefinition source,
      ProcessDefinition target,
      boolean dryRun) {
    return transaction.execute(
        status -> {
          try {
            runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
            if (dryRun) {
              status.setRollbackOnly();
            } else if (instance.getBusinessKey() != null) {
              audit.record(
                  instance.getBusinessKey(),
                  "PROCESS_MIGRATED",
                  "Moved from "
                      + source.getKey()
                      + " version "
                      + source.getVersion()
                      + " to version "
                      + target.getVersion());
            }
            return List.of();
          } catch (MigratingProcessInstanceValidationException invalid) {
            status.setRollbackOnly();
            return instanceFailures(invalid.getValidationReport());
          } catch (ProcessEngineException failed) {
            status.setRollbackOnly();
            return List.of(failed.getMessage());
          }
        });
  }

  private static List<String> instanceFailures(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    report
        .getActivityInstanceReports()
        .forEach(
            activity ->
                activity
                    .getFailures()
                    .forEach(f -> reasons.add("at '" + activity.getSourceScopeId() + "': " + f)));
    report
        .getTransitionInstanceReports()
        .forEach(
            transition ->
                transition
                    .getFailures()
                    .forEach(f -> reasons.add("at '" + transition.getSourceScopeId() + "': " + f)));
    return reasons;
  }

  private static List<String> planFailures(MigrationPlanValidationException invalid) {
    List<String> reasons = new ArrayList<>();
    invalid
        .getValidationReport()
        .getInstructionReports()
        .forEach(
            instruction ->
                instruction
                    .getFailures()
                    .forEach(
                        f ->
                            reasons.add(
                                "mapping "
                                    + instruction.getMigrationInstruction().getSourceActivityId()
                                    + " -> "
                                    + instruction.getMigrationInstruction().getTargetActivityId()
                                    + ": "
                                    + f)));
    if (reasons.isEmpty()) {
      reasons.add(invalid.getMessage());
    }
    return reasons;
  }

  private static Instance instance(
      ProcessInstance instance, ProcessDefinition source, List<String> reasons) {
    return new Instance(
        instance.getId(), instance.getBusinessKey(), source.getVersion(), List.copyOf(reasons));
  }
}
