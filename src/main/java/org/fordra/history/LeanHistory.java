package org.fordra.history;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.contact.ContactGate;
import org.fordra.statements.UnmatchedPaymentProcess;

/**
 * The engine history Fordra keeps (docs/history.md): what Cockpit shows and an auditor asks for,
 * without the rows nobody reads. Fordra's own audit trail is the legal record; engine history
 * answers "which path did this case take, who did which task, what went wrong".
 *
 * <p>Kept: process instances, activity instances of events, tasks, service steps, call
 * activities and subprocesses, user tasks with their candidate groups, incidents, job failures
 * and successes, the user operation log, batches, decisions (their result: see
 * {@link DecisionResultsOnly}) and the variables a person sets on a task (the contract's outcomes).
 * Dropped: activity instances of gateways (the next step taken says which way a gateway went)
 * and of the contact gate, which only decides like one (see {@link #GATES}),
 * every other variable (schedule dates, gate results, task briefings: Fordra's tables hold the
 * facts behind them), job creation rows (a job that ran has its success or failure row) and the
 * CMMN events (CMMN is not used).
 */
public final class LeanHistory implements HistoryLevel {

  public static final LeanHistory INSTANCE = new LeanHistory();

  /** Above Camunda's own (0 to 3) and clear of its examples' (11, 12). */
  static final int ID = 31;
  static final String NAME = "fordra-lean";

  /** What a person decides on a task form: the outcomes the contract names. */
  static final Set<String> BUSINESS_VARIABLES = Set.of(
      CollectionsProcess.VAR_INVOICE_NUMBER,
      CollectionsProcess.VAR_CUSTOMER_TYPE,
      CollectionsProcess.VAR_CALL_OUTCOME,
      CollectionsProcess.VAR_PROMISED_DATE,
      CollectionsProcess.VAR_PLAN_INSTALLMENTS,
      CollectionsProcess.VAR_CALL_NOTES,
      CollectionsProcess.VAR_DISPUTE_RESOLUTION,
      CollectionsProcess.VAR_CREDIT_AMOUNT,
      CollectionsProcess.VAR_RESOLUTION_NOTES,
      CollectionsProcess.VAR_DECISION,
      CollectionsProcess.VAR_SETTLEMENT_AMOUNT,
      CollectionsProcess.VAR_EXTEND_DAYS,
      CollectionsProcess.VAR_DECISION_NOTES,
      UnmatchedPaymentProcess.VAR_MATCH_ACTION,
      UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS,
      UnmatchedPaymentProcess.VAR_MATCH_NOTES);

  /**
   * Service steps that only choose a way, as a gateway does: the contact gate runs before every
   * contact (eight times a case, a quarter of its activity rows) and what it decided shows in the
   * step after it (the notice sent, {@code MarkStepCovered} or the wait for the contact moment)
   * and, when it defers, in the audit trail ({@code CONTACT_DEFERRED} with the reasons).
   */
  static final Set<String> GATES = Set.of(ContactGate.FIND);

  private static final Set<HistoryEventType> NEVER = Set.of(
      HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.CASE_INSTANCE_CREATE,
      HistoryEventTypes.CASE_INSTANCE_UPDATE,
      HistoryEventTypes.CASE_INSTANCE_CLOSE,
      HistoryEventTypes.CASE_ACTIVITY_INSTANCE_CREATE,
      HistoryEventTypes.CASE_ACTIVITY_INSTANCE_UPDATE,
      HistoryEventTypes.CASE_ACTIVITY_INSTANCE_END);

  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(
      HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE,
      HistoryEventTypes.ACTIVITY_INSTANCE_END);

  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
      HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

  private LeanHistory() {
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /**
   * The engine asks once without an entity while it parses a model (may this kind of event ever
   * be written? then it installs its listeners) and again with the entity for each event.
   */
  @Override
  public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
    if (NEVER.contains(type)) {
      return false;
    }
    if (entity == null) {
      return true;
    }
    if (ACTIVITY_EVENTS.contains(type)) {
      return !isGateway(entity) && !isGate(entity);
    }
    if (VARIABLE_EVENTS.contains(type) && entity instanceof VariableInstance variable) {
      return BUSINESS_VARIABLES.contains(variable.getName());
    }
    return true;
  }

  private static boolean isGateway(Object entity) {
    if (entity instanceof ExecutionEntity execution) {
      ActivityImpl activity = execution.getActivity();
      Object type = activity == null ? null : activity.getProperty("type");
      return type instanceof String name && name.endsWith("Gateway");
    }
    return false;
  }

  private static boolean isGate(Object entity) {
    return entity instanceof ExecutionEntity execution
        && execution.getActivity() != null
        && GATES.contains(execution.getActivity().getId());
  }

  @Override
  public String toString() {
    return NAME;
  }
}
