package org.fordra.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.notices.NoticeChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator watches, as Prometheus gauges: cases by status, notices sent by channel, the
 * engine's job backlog, failed jobs, open incidents, and notices whose step failed. Read from
 * the database at most every {@link #MAX_AGE_SECONDS} seconds, however often Prometheus scrapes,
 * and with a few counting queries (no engine list is loaded).
 */
@Component
class CollectionsMetrics implements MeterBinder {

  static final long MAX_AGE_SECONDS = 15;

  private final JdbcTemplate jdbc;
  private volatile Snapshot snapshot;

  CollectionsMetrics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Snapshot(
      long takenAt,
      Map<String, Long> casesByStatus,
      Map<String, Long> noticesByChannel,
      long dueJobs,
      long failedJobs,
      long incidents,
      long failedNotices,
      long webhooksWaiting) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    for (InvoiceStatus status : InvoiceStatus.values()) {
      gauge(registry, "fordra.cases", "Collections cases by invoice status",
              s -> s.casesByStatus().getOrDefault(status.name(), 0L))
          .tag("status", status.name())
          .register(registry);
    }
    for (NoticeChannel channel : NoticeChannel.values()) {
      gauge(registry, "fordra.notices.sent", "Notices sent, by channel",
              s -> s.noticesByChannel().getOrDefault(channel.name(), 0L))
          .tag("channel", channel.name())
          .register(registry);
    }
    gauge(registry, "fordra.notices.failed",
            "Notice steps stopped by an incident, and notices the outbox gave up on",
            Snapshot::failedNotices).register(registry);
    gauge(registry, "fordra.jobs.due", "Engine jobs due and not yet run (backlog)",
            Snapshot::dueJobs).register(registry);
    gauge(registry, "fordra.jobs.failed", "Engine jobs with no retries left",
            Snapshot::failedJobs).register(registry);
    gauge(registry, "fordra.incidents.open", "Open incidents (Cockpit)", Snapshot::incidents)
        .register(registry);
    gauge(registry, "fordra.webhooks.waiting", "Webhook deliveries not yet accepted by the books",
            Snapshot::webhooksWaiting).register(registry);
  }

  private Gauge.Builder<CollectionsMetrics> gauge(
      MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
    return Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.current()))
        .description(description);
  }

  Snapshot current() {
    Snapshot last = snapshot;
    long now = System.nanoTime();
    if (last == null || now - last.takenAt() > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
      last = read(now);
      snapshot = last;
    }
    return last;
  }

  void forget() {
    snapshot = null;
  }

  private Snapshot read(long now) {
    Map<String, Long> cases = new HashMap<>();
    jdbc.query("select status, count(*) from invoice group by status",
        row -> { cases.put(row.getString(1), row.getLong(2)); });
    Map<String, Long> notices = new HashMap<>();
    // A notice without a dispatch row was stored before the outbox, sent with its step.
    jdbc.query("select n.channel, count(*) from notice n left join notice_dispatch d"
            + " on d.notice_id = n.id where coalesce(d.state, 'SENT') = 'SENT' group by n.channel",
        row -> { notices.put(row.getString(1), row.getLong(2)); });
    java.sql.Timestamp engineNow =
        java.sql.Timestamp.from(org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant());
    long due = count(
        "select count(*) from ACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= ?)",
        engineNow);
    long failed = count("select count(*) from ACT_RU_JOB where RETRIES_ = 0");
    long incidents = count("select count(*) from ACT_RU_INCIDENT");
    // A notice step stopped by an incident, or a stored notice the outbox gave up on.
    long failedNotices =
        count("select count(*) from ACT_RU_INCIDENT where ACTIVITY_ID_ like 'Send%'")
            + count("select count(*) from notice_dispatch where state = 'FAILED'");
    long webhooks = count("select count(*) from webhook_delivery where delivered_at is null");
    return new Snapshot(now, cases, notices, due, failed, incidents, failedNotices, webhooks);
  }

  private long count(String sql, Object... arguments) {
    Long value = jdbc.queryForObject(sql, Long.class, arguments);
    return value == null ? 0 : value;
  }
}
