package org.fordra.dunning;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.customer.CustomerType;
import org.springframework.stereotype.Component;

/**
 * Brings a fresh invoice to each of the three user tasks, the way time and the collectors would:
 * EUR 1,000.00 issued 2 March 2026, due 1 April; the call falls due on 8 April, the managers'
 * decision on 14 May. Import together with {@link CollectionsScenario}.
 */
@Component
public class InvoicesAtTasks {

  public static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  public static final LocalDate DUE = LocalDate.of(2026, 4, 1);
  public static final LocalDate CALL_DAY = LocalDate.of(2026, 4, 8);

  private final CollectionsScenario scenario;
  private final TaskService tasks;

  InvoicesAtTasks(CollectionsScenario scenario, TaskService tasks) {
    this.scenario = scenario;
    this.tasks = tasks;
  }

  public ProcessInstance atCallCustomer() {
    scenario.today(ISSUED);
    ProcessInstance invoice = scenario.register(CustomerType.CONSUMER, "1000.00", ISSUED, DUE);
    scenario.runUntil(CALL_DAY, invoice);
    openTask(invoice, CollectionsProcess.TASK_CALL_CUSTOMER);
    return invoice;
  }

  /** The customer disputed the invoice on the call; sales has to judge it. */
  public ProcessInstance atReviewDispute() {
    ProcessInstance invoice = atCallCustomer();
    tasks.complete(
        openTask(invoice, CollectionsProcess.TASK_CALL_CUSTOMER).getId(),
        Map.of(
            CollectionsProcess.VAR_CALL_OUTCOME, "DISPUTE",
            CollectionsProcess.VAR_CALL_NOTES, "Says the second pallet never arrived"));
    openTask(invoice, CollectionsProcess.TASK_REVIEW_DISPUTE);
    return invoice;
  }

  /** Nobody answered, the final notice went unpaid: the managers decide. */
  public ProcessInstance atDecideEscalation() {
    ProcessInstance invoice = atCallCustomer();
    tasks.complete(
        openTask(invoice, CollectionsProcess.TASK_CALL_CUSTOMER).getId(),
        Map.of(CollectionsProcess.VAR_CALL_OUTCOME, "NO_CONTACT"));
    scenario.runUntil(LocalDate.of(2026, 4, 29), invoice);
    scenario.runUntil(LocalDate.of(2026, 5, 14), invoice);
    openTask(invoice, CollectionsProcess.TASK_DECIDE_ESCALATION);
    return invoice;
  }

  /** The invoice's open task with this id; fails if it is not waiting there. */
  public Task openTask(ProcessInstance invoice, String taskDefinitionKey) {
    Task task =
        tasks.createTaskQuery()
            .processInstanceId(invoice.getId())
            .taskDefinitionKey(taskDefinitionKey)
            .singleResult();
    if (task == null) {
      throw new AssertionError(invoice.getBusinessKey() + " is not waiting at " + taskDefinitionKey);
    }
    return task;
  }

  public boolean isWaitingAt(ProcessInstance invoice, String taskDefinitionKey) {
    return tasks.createTaskQuery()
            .processInstanceId(invoice.getId())
            .taskDefinitionKey(taskDefinitionKey)
            .count()
        > 0;
  }
}
