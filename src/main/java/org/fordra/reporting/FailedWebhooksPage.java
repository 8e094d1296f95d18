package org.fordra.reporting;

import java.time.Instant;
import java.util.List;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /webhook-deliveries}: the webhook deliveries the receiving system has refused so far,
 * with the last error, so a manager can tell the accounting side what to fix. Deliveries are
 * retried until they succeed (webhooks/WebhookDelivery); nothing needs to be pressed here.
 */
@Controller
@PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN})
class FailedWebhooksPage {

  static final String FAILING = " from webhook_delivery where delivered_at is null and attempts > 0";
  static final String COUNT = "select count(*)" + FAILING;

  record Failing(
      String eventType, String endpointUrl, int attempts, Instant nextAttemptAt, String lastError) {}

  private final JdbcTemplate jdbc;

  FailedWebhooksPage(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/webhook-deliveries")
  String failing(Model model) {
    List<Failing> failing =
        jdbc.query(
            "select event_type, endpoint_url, attempts, next_attempt_at, last_error" + FAILING
                + " order by created_at offset 0 rows fetch next 200 rows only",
            (rs, row) ->
                new Failing(
                    rs.getString("event_type"),
                    rs.getString("endpoint_url"),
                    rs.getInt("attempts"),
                    rs.getObject("next_attempt_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getString("last_error")));
    model.addAttribute("deliveries", failing);
    return "pages/webhook-deliveries";
  }
}
