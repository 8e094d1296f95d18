package org.fordra.reporting;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.fordra.fees.MissingRates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The managers' "needs attention" panel: what is stuck and waits for a person, each with the
 * place where it is fixed. Only what is there is listed; the panel is empty on a good day.
 */
@Component
public class NeedsAttention {

  /** The user task where a person matches a payment the bank statement could not (CONTRACT). */
  static final String MATCH_PAYMENT = "MatchPayment";

  static final String COCKPIT_INCIDENTS = "/camunda/app/cockpit/default/#/dashboard";
  static final String TASKLIST = "/camunda/app/tasklist/default/";

  /** One kind of trouble: how many, and the link to fix it. */
  public record Item(String kind, long count, String link) {}

  public record Panel(List<Item> items) {
    public boolean isEmpty() {
      return items.isEmpty();
    }
  }

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final MissingRates missingRates;

  NeedsAttention(JdbcTemplate jdbc, TaskService tasks, MissingRates missingRates) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.missingRates = missingRates;
  }

  public Panel now() {
    List<Item> items = new ArrayList<>();
    // A notice step that could not store its notice fails as a job of a Send* activity; a stored
    // notice the outbox could not deliver after its last try is FAILED (notices.NoticeDispatcher).
    long failedSteps = count("select count(*) from ACT_RU_INCIDENT where ACTIVITY_ID_ like 'Send%'");
    long failedMail =
        failedSteps + count("select count(*) from notice_dispatch where state = 'FAILED'");
    long incidents = count("select count(*) from ACT_RU_INCIDENT") - failedSteps;
    add(items, "incidents", incidents, COCKPIT_INCIDENTS);
    add(items, "failedMail", failedMail, COCKPIT_INCIDENTS);
    add(items, "missingRates", missingRates.all().size(), "/reference-rates");
    add(items, "unmatchedPayments",
        tasks.createTaskQuery().taskDefinitionKey(MATCH_PAYMENT).count(), TASKLIST);
    add(items, "failedWebhooks", count(FailedWebhooksPage.COUNT), "/webhook-deliveries");
    return new Panel(items);
  }

  private static void add(List<Item> items, String kind, long count, String link) {
    if (count > 0) {
      items.add(new Item(kind, count, link));
    }
  }

  private long count(String sql) {
    Long count = jdbc.queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }
}
