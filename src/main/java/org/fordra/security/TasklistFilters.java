package org.fordra.security;

import org.fordra.api.StaffGroups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.event.ContextRefreshedEvent;
import org.fordra.dunning.CollectionsProcess;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters staff start their day with, each readable by the groups that work
 * those tasks. Created once by name; a filter an administrator has since edited is left alone.
 * Every filter sorts bigger and older debts first (task priority), then by due date.
 */
@Component
public class TasklistFilters {

  public static final String MY_CALLS_TODAY = "My calls today";
  public static final String DISPUTES = "Disputes";
  public static final String ESCALATIONS = "Escalations";
  public static final String MY_GROUPS_TASKS = "My group's tasks";
  public static final String PAYMENTS_TO_MATCH = "Payments to match";

  /** Tomorrow 00:00 on the server: what is due by then is due today. */
  static final String END_OF_TODAY = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";

  private final FilterService filters;
  private final TaskService tasks;
  private final StaffAuthorizations staff;

  TasklistFilters(FilterService filters, TaskService tasks, StaffAuthorizations staff) {
    this.filters = filters;
    this.tasks = tasks;
    this.staff = staff;
  }

  @EventListener
  @Order(2)
  public void onStarted(ContextRefreshedEvent event) {
    createAll();
  }

  public void createAll() {
    String collectors = StaffGroups.COLLECTORS;
    String sales = StaffGroups.SALES;
    String managers = StaffGroups.MANAGERS;

    TaskQuery myCallsToday =
        tasks.createTaskQuery()
            .taskDefinitionKey(CollectionsProcess.TASK_CALL_CUSTOMER)
            .dueBeforeExpression(END_OF_TODAY)
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr();
    save(MY_CALLS_TODAY, "Calls due today: mine and my group's unclaimed ones", 30, "#2b7a3d",
        myCallsToday, List.of(collectors));
    save(PAYMENTS_TO_MATCH, "Bank payments nothing matched: book, refund or keep on account", 25,
        "#1f5f8b",
        tasks.createTaskQuery()
            .taskDefinitionKey(org.fordra.statements.UnmatchedPaymentProcess.TASK_MATCH_PAYMENT),
        List.of(collectors));
    save(DISPUTES, "Disputes waiting for a decision by sales", 20, "#b36b00",
        tasks.createTaskQuery().taskDefinitionKey(CollectionsProcess.TASK_REVIEW_DISPUTE),
        List.of(sales));
    save(ESCALATIONS, "Escalated invoices waiting for a manager's decision", 20, "#a12622",
        tasks.createTaskQuery().taskDefinitionKey(CollectionsProcess.TASK_DECIDE_ESCALATION),
        List.of(managers));
    save(MY_GROUPS_TASKS, "Every open task of my groups, claimed or not", 10, "#555555",
        tasks.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks(),
        List.of(collectors, sales, managers));
  }

  private void save(
      String name, String description, int priority, String color, TaskQuery query, List<String> readers) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      query.orderByTaskPriority().desc().orderByDueDate().asc();
      filter =
          filters
              .newTaskFilter(name)
              .setOwner(null)
              .setQuery(query)
              .setProperties(
                  Map.of(
                      "description", description,
                      "priority", priority,
                      "color", color,
                      "refresh", true,
                      "variables",
                      List.of(
                          Map.of("name", CollectionsProcess.VAR_INVOICE_NUMBER, "label", "Invoice"))));
      filters.saveFilter(filter);
    }
    for (String group : readers) {
      staff.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
