package org.fordra.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.fordra.FordraApplication;
import org.fordra.dunning.contact.ContactCalendar;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far one node goes (issue 5): starts Fordra for real (Spring context, engine with history
 * FULL and the job executor on) on PostgreSQL or H2, registers invoices through the REST API
 * over HTTP, books a sample of payments, moves the engine clock through the whole overdue
 * schedule and lets the job executor fire the timers. Then the same for a bare process of the
 * same shape with no-op steps, so the cost of Fordra's own work shows as a ratio.
 *
 * <p>Run with {@code ./mvnw -q -Pbench} (see docs/benchmark.md). Not a test: it never runs in
 * {@code ./mvnw verify}. The last line printed is machine-readable.
 */
public final class FordraBench {

  private static final String ADMIN = "benchadmin";
  private static final String PASSWORD = "bench-admin-password";
  private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);
  /**
   * The end of the half-year of the last round's last step (the four rounds, from {@link
   * #FIRST_DAY}, end in October 2027); Fordra refuses a rate for a half-year further ahead than
   * the next, as not yet published.
   */
  private static final LocalDate LAST_RATE_DAY = LocalDate.of(2027, 12, 31);

  /**
   * Where the customers live: each time zone with its own country, so that the contact rules'
   * calendar (weekends, the country's public holidays, contact hours in the customer's zone) is the
   * one a real customer there would get.
   */
  record Place(ZoneId zone, String country, String language) {}

  static final List<Place> PLACES =
      List.of(
          new Place(ZoneId.of("Europe/Berlin"), "DE", "de"),
          new Place(ZoneId.of("Europe/Stockholm"), "SE", "sv"),
          new Place(ZoneId.of("Europe/London"), "GB", "en"));

  /** What one round of cases cost. */
  record Figures(
      String label,
      int invoices,
      HttpLoad.Result registration,
      HttpLoad.Result payments,
      OverdueSchedule.Walk walk,
      double cpuSeconds,
      double databaseCpuSeconds,
      BenchDatabase.Work work,
      long escalated,
      ContactRules contactRules) {

    double wallSeconds() {
      return registration.seconds() + payments.seconds() + walk.jobSeconds() + walk.callSeconds();
    }

    double msPerInvoice() {
      return wallSeconds() * 1000 / invoices;
    }

    double jobsPerSecond() {
      return walk.jobs() / walk.jobSeconds();
    }

    /**
     * Invoice steps completed per second of the walk: a step is one timer fired with the work it
     * leads to (the gate, the send and the jobs after it), the same count in both processes
     * whatever number of jobs each needs for it. {@link #jobsPerSecond()} counts every job instead.
     */
    double stepsPerSecond() {
      return walk.timerJobs() / walk.jobSeconds();
    }

    double escalationSeconds() {
      return walk.steps().stream()
          .filter(step -> step.timer().equals("FinalNoticeDeadlinePassed"))
          .mapToDouble(OverdueSchedule.Step::seconds)
          .sum();
    }
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    String db = System.getProperty("bench.db", "postgres");
    int invoices = Integer.getInteger("bench.invoices", 10_000);
    int clients = Integer.getInteger("bench.clients", 8);
    int payments = Integer.getInteger("bench.payments", Math.min(1_000, invoices));
    int warmup = Integer.getInteger("bench.warmup", 200);
    // The yardstick may be a smaller round when time is short; it is compared per invoice.
    int bareInvoices = Integer.getInteger("bench.bare.invoices", invoices);
    System.out.printf(
        "bench | db=%s invoices=%d bare=%d clients=%d payments=%d warmup=%d cpus=%d load=%s%n",
        db, invoices, bareInvoices, clients, payments, warmup, Runtime.getRuntime().availableProcessors(),
        loadAverage());

    ClockUtil.setCurrentTime(Date.from(FIRST_DAY.atTime(8, 0).toInstant(ZoneOffset.UTC)));
    int exitCode;
    String last;
    try (BenchDatabase database = BenchDatabase.start(db)) {
      ConfigurableApplicationContext fordra = start(database);
      // Stopped (Ctrl-C, kill): Fordra first, then its database, or Fordra hangs on closing.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    fordra.close();
                    try {
                      database.close();
                    } catch (Exception ignored) {
                      // the database goes with the JVM anyway
                    }
                  }));
      try {
        int port = Integer.parseInt(fordra.getEnvironment().getProperty("local.server.port"));
        ProcessEngine engine = fordra.getBean(ProcessEngine.class);
        DataSource dataSource = fordra.getBean(DataSource.class);
        engine.getRepositoryService().createDeployment().name("bench")
            .addClasspathResource("bench/bare-collections.bpmn").deploy();
        HttpLoad http = new HttpLoad(port, ADMIN, PASSWORD, clients);
        System.out.printf("bench | %d reference rates carried forward to the bench's days (RatesAhead)%n",
            RatesAhead.carryForward(http, LAST_RATE_DAY));
        List<Cases.Customer> customers = customers(http, Math.max(invoices, warmup), dataSource);
        Cases ours = new Cases.Fordra(customers);
        Cases bare = new Cases.Bare(customers);
        OverdueSchedule schedule = new OverdueSchedule(engine, Math.min(clients, 4));
        RoundDays days = new RoundDays(fordra.getBean(ContactCalendar.class), PLACES);

        int round = 0;
        if (warmup > 0) {
          System.out.println("bench | warming up (not counted)");
          int warmupPayments = Math.min(warmup, payments);
          run(ours, round++, warmup, warmupPayments, http, schedule, days, database, dataSource);
          run(bare, round++, warmup, warmupPayments, http, schedule, days, database, dataSource);
        }
        // The bare round first: Fordra then runs on the fuller database, which can only make
        // its figures (and the overhead) look worse, not better.
        Figures yardstick =
            run(bare, round++, bareInvoices, Math.min(payments, bareInvoices), http, schedule,
                days, database, dataSource);
        long bytesBefore = database.bytes(dataSource);
        Map<String, Long> tablesBefore = database.tableBytes(dataSource);
        Map<String, BenchDatabase.TableRows> rowsBefore = database.tableRows(dataSource);
        Map<String, Long> indexesBefore = database.indexBytes(dataSource);
        database.resetStatements(dataSource);
        Figures measured =
            run(ours, round++, invoices, payments, http, schedule, days, database, dataSource);
        long bytesPerInvoice = (database.bytes(dataSource) - bytesBefore) / invoices;
        Thread.sleep(1_500); // PostgreSQL's backends flush their row counts after a second idle
        printTableBytes(database.tableBytes(dataSource), tablesBefore, database.tableRows(dataSource),
            rowsBefore, invoices);
        printIndexBytes(database.indexBytes(dataSource), indexesBefore, invoices);
        printStatements(database.statements(dataSource, 30, BenchDatabase.StatementOrder.CALLS),
            "top 30 by calls", invoices);
        printStatements(database.statements(dataSource, 15, BenchDatabase.StatementOrder.SERVER_TIME),
            "top 15 by server time", invoices);
        printStatements(database.statements(dataSource, 10, BenchDatabase.StatementOrder.PAGES),
            "top 10 by pages touched", invoices);
        long heapMb = heapAfterGcMb();
        long failedJobs = engine.getManagementService().createJobQuery().withException().count();

        report(yardstick);
        report(measured);
        double overhead = measured.msPerInvoice() / yardstick.msPerInvoice();
        double cpuOverhead =
            (measured.cpuSeconds() / invoices) / (yardstick.cpuSeconds() / bareInvoices);
        System.out.printf(
            "bench | overhead: fordra %.2f ms/invoice vs bare %.2f ms/invoice (wall) = %.2fx;"
                + " JVM CPU %.2f vs %.2f ms/invoice = %.2fx%n",
            measured.msPerInvoice(), yardstick.msPerInvoice(), overhead,
            measured.cpuSeconds() * 1000 / invoices, yardstick.cpuSeconds() * 1000 / bareInvoices,
            cpuOverhead);
        if (measured.databaseCpuSeconds() >= 0 && yardstick.databaseCpuSeconds() >= 0) {
          // Both halves of the cost, the JVM's and the database server's: busy-machine noise
          // moves wall time much more than CPU time.
          double fordraCpu = (measured.cpuSeconds() + measured.databaseCpuSeconds()) * 1000 / invoices;
          double bareCpu =
              (yardstick.cpuSeconds() + yardstick.databaseCpuSeconds()) * 1000 / bareInvoices;
          System.out.printf(
              "bench | overhead on all CPU (JVM and database server): fordra %.2f vs bare %.2f"
                  + " ms/invoice = %.2fx%n",
              fordraCpu, bareCpu, fordraCpu / bareCpu);
        }
        System.out.printf(
            "bench | escalation: %,d invoices due on one day escalated in %.1f s"
                + " (%.0f per minute; 100,000 would take %.1f min at that rate)%n",
            measured.escalated(), measured.escalationSeconds(),
            invoices / measured.escalationSeconds() * 60,
            100_000 / (invoices / measured.escalationSeconds()) / 60);
        System.out.printf(
            "bench | heap used after GC %d MB; database %,d bytes per invoice; failed jobs %d;"
                + " load average now %s%n",
            heapMb, bytesPerInvoice, failedJobs, loadAverage());

        // Invoices from the books through the batch path (POST /api/invoices/batch), as the
        // accounting system sends them: the same registration and case per row, in chunks.
        // At most 10,000 rows: enough for a rate, and the most one batch of the books may hold.
        int importRows = Math.min(Integer.getInteger("bench.import", invoices), 10_000);
        int importRound = round++;
        HttpLoad.Result imported = importFromTheBooks(http, customers, importRound, importRows, days);
        Long importedInvoices =
            new JdbcTemplate(dataSource)
                .queryForObject(
                    "select count(*) from invoice where invoice_number like ?", Long.class,
                    "IMP" + importRound + "-%");
        double importPerSecond = importRows / imported.seconds();
        System.out.printf(
            "bench | batch import: %,d rows in %d batches of %d in %.1f s = %.1f invoices/s%n",
            importRows, imported.calls(), IMPORT_BATCH, imported.seconds(), importPerSecond);

        List<String> problems = new ArrayList<>();
        if (imported.failures() > 0) {
          problems.add("batch import: refused batches, first: " + imported.firstFailure());
        }
        if (importedInvoices == null || importedInvoices != importRows) {
          problems.add("batch import: " + importedInvoices + " of " + importRows + " rows registered");
        }
        for (Figures figures : List.of(yardstick, measured)) {
          if (figures.escalated() != figures.invoices()) {
            problems.add(figures.label() + ": " + figures.escalated() + " of " + figures.invoices()
                + " cases reached DecideEscalation");
          }
          if (figures.contactRules().interfered()) {
            problems.add(figures.label() + ": the contact rules changed the schedule ("
                + figures.contactRules() + "); the figures are not comparable");
          }
          if (figures.registration().failures() + figures.payments().failures() > 0) {
            problems.add(figures.label() + ": refused requests, first: "
                + (figures.registration().failures() > 0
                    ? figures.registration().firstFailure()
                    : figures.payments().firstFailure()));
          }
        }
        if (failedJobs > 0) {
          problems.add(failedJobs + " jobs failed");
        }
        problems.forEach(problem -> System.out.println("bench | CHECK FAILED: " + problem));
        exitCode = problems.isEmpty() ? 0 : 1;
        last =
            String.format(
                "bench: db=%s invoices=%d import_per_s=%.1f registrations_per_s=%.1f steps_per_s=%.1f"
                    + " bare_steps_per_s=%.1f overhead=%.2f cpu_overhead=%.2f p99_register_ms=%.1f"
                    + " escalate_s=%.1f heap_mb=%d db_bytes_per_invoice=%d",
                database.name(), invoices, importPerSecond, measured.registration().perSecond(),
                measured.stepsPerSecond(), yardstick.stepsPerSecond(), overhead, cpuOverhead,
                measured.registration().latencies().p99Ms(), measured.escalationSeconds(), heapMb,
                bytesPerInvoice);
      } finally {
        fordra.close();
      }
    }
    Path result = Path.of("target", "bench-result.txt");
    Files.writeString(result, last + System.lineSeparator());
    System.out.flush();
    System.err.flush();
    System.out.println(last);
    System.out.flush();
    System.exit(exitCode);
  }

  static final int IMPORT_BATCH = 500;

  /** {@code rows} invoices in batches of {@link #IMPORT_BATCH}, the client threads in parallel. */
  private static HttpLoad.Result importFromTheBooks(
      HttpLoad http, List<Cases.Customer> customers, int roundNumber, int rows, RoundDays days) {
    LocalDate today = days.firstFrom(FIRST_DAY.plusDays(70L * roundNumber));
    ClockUtil.setCurrentTime(Date.from(today.atTime(8, 0).toInstant(ZoneOffset.UTC)));
    int batches = (rows + IMPORT_BATCH - 1) / IMPORT_BATCH;
    System.out.printf("bench | batch import: %,d rows on %s%n", rows, today);
    return http.run(batches, b -> {
      StringBuilder json = new StringBuilder("{\"invoices\":[");
      for (int i = b * IMPORT_BATCH; i < Math.min(rows, (b + 1) * IMPORT_BATCH); i++) {
        Cases.Customer customer = customers.get(i % customers.size());
        if (i > b * IMPORT_BATCH) {
          json.append(',');
        }
        json.append(String.format(
            "{\"number\":\"IMP%d-%d\",\"customerId\":%d,\"issueDate\":\"%s\",\"dueDate\":\"%s\","
                + "\"currency\":\"EUR\",\"amount\":\"%d.%02d\"}",
            roundNumber, i, customer.id(), today, today.plusDays(30), 100 + i % 5000, i % 100));
      }
      return new HttpLoad.Call("/api/invoices/batch", json.append("]}").toString());
    });
  }

  private static ConfigurableApplicationContext start(BenchDatabase database) {
    SpringApplication application = new SpringApplication(FordraApplication.class);
    List<String> profiles = new ArrayList<>(database.profiles());
    profiles.add("bench");
    application.setAdditionalProfiles(profiles.toArray(String[]::new));
    // The bare process's steps: nothing at all, but for the variables its gateways read, set as
    // Fordra's steps set them (the next step of the ladder, the contact gate's answer).
    application.addInitializers(
        context -> {
          var beans = context.getBeanFactory();
          beans.registerSingleton("benchNoOp", (JavaDelegate) execution -> {});
          beans.registerSingleton("benchNextStep", (JavaDelegate) execution ->
              execution.setVariable("nextStep", nextStep((String) execution.getVariable("nextStep"))));
          // Transient, as Fordra's contact gate sets them: only the next gateway reads them.
          beans.registerSingleton("benchContactNow", (JavaDelegate) execution -> {
            execution.setVariable("contactCovered", Variables.booleanValue(false, true));
            execution.setVariable("contactNow", Variables.booleanValue(true, true));
          });
        });
    if (StatementCount.enabled()) {
      application.addInitializers(
          context -> context.getBeanFactory().addBeanPostProcessor(new StatementCount()));
    }
    return application.run(
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--camunda.bpm.admin-user.id=" + ADMIN,
        "--camunda.bpm.admin-user.password=" + PASSWORD);
  }

  /**
   * One customer per invoice (reused by every round, the rounds being weeks apart): the contact
   * rules cap contacts at a few per customer per week and combine one customer's notices, so
   * customers with many invoices each would measure the cap, not the work. Created through the
   * API, not timed.
   */
  private static List<Cases.Customer> customers(HttpLoad http, int count, DataSource dataSource) {
    long start = System.nanoTime();
    HttpLoad.Result created =
        http.run(
            count,
            i -> {
              Place place = PLACES.get(i % PLACES.size());
              return new HttpLoad.Call(
                  "/api/customers",
                  """
                  {"name": "Bench customer %d", "type": "%s", "country": "%s", "language": "%s",
                   "email": "ap%d@customer.example", "phone": "+49 30 %07d", "timeZone": "%s"}"""
                      .formatted(i, i % 2 == 0 ? "BUSINESS" : "CONSUMER", place.country(),
                          place.language(), i, i, place.zone().getId()));
            });
    if (created.failures() > 0) {
      throw new IllegalStateException("customers not created: " + created.firstFailure());
    }
    Cases.Customer[] customers = new Cases.Customer[count];
    new JdbcTemplate(dataSource)
        .query(
            "select id, name, time_zone from customer where name like 'Bench customer %'",
            row -> {
              int i = Integer.parseInt(row.getString("name").substring("Bench customer ".length()));
              customers[i] =
                  new Cases.Customer(row.getLong("id"), ZoneId.of(row.getString("time_zone")));
            });
    System.out.printf(
        "bench | %,d customers (one per invoice) created in %.1f s, not counted%n",
        count, (System.nanoTime() - start) / 1e9);
    return List.of(customers);
  }

  private static Figures run(
      Cases cases,
      int roundNumber,
      int invoices,
      int payments,
      HttpLoad http,
      OverdueSchedule schedule,
      RoundDays days,
      BenchDatabase database,
      DataSource dataSource)
      throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    BenchDatabase.Work workBefore = database.work(dataSource);
    long bytesAtStart = database.bytes(dataSource);
    LocalDate today = days.firstFrom(FIRST_DAY.plusDays(70L * roundNumber));
    Cases.Round round = new Cases.Round(cases.label().charAt(0) + "R" + roundNumber, today);
    ClockUtil.setCurrentTime(Date.from(today.atTime(8, 0).toInstant(ZoneOffset.UTC)));
    long cpuStart = cpuNanos();
    long databaseCpuStart = database.cpuNanos(dataSource);
    var sqlBefore = StatementCount.snapshot();

    HttpLoad.Result registration = http.run(invoices, i -> cases.register(round, i));
    System.out.printf(
        "bench | %s registered %,d invoices in %.1f s = %.1f/s, p50 %.1f ms, p99 %.1f ms,"
            + " refused %d%n",
        cases.label(), invoices, registration.seconds(), registration.perSecond(),
        registration.latencies().p50Ms(), registration.latencies().p99Ms(),
        registration.failures());

    if (StatementCount.enabled()) {
      StatementCount.print(cases.label() + " registration", sqlBefore, invoices, 25);
    }
    int every = Math.max(1, invoices / Math.max(1, payments));
    int paid = Math.min(payments, invoices);
    HttpLoad.Result booking = http.run(paid, i -> cases.pay(round, i * every));
    System.out.printf(
        "bench | %s booked %,d payments in %.1f s = %.1f/s, p50 %.1f ms, p99 %.1f ms, refused %d%n",
        cases.label(), paid, booking.seconds(), booking.perSecond(),
        booking.latencies().p50Ms(), booking.latencies().p99Ms(), booking.failures());

    var sqlBeforeWalk = StatementCount.snapshot();
    long[] progressCpu = {0};
    OverdueSchedule.Walk walk =
        schedule.walk(
            cases.processKey(),
            cases.label(),
            () -> {
              // Its forced GC is the bench's, not the round's: kept out of the round's JVM CPU.
              long cpuBefore = cpuNanos();
              String soFar = String.format(
                  "so far %,d bytes per invoice, heap %d MB",
                  (database.bytes(dataSource) - bytesAtStart) / invoices, heapAfterGcMb());
              progressCpu[0] += cpuNanos() - cpuBefore;
              return soFar;
            });
    if (StatementCount.enabled()) {
      StatementCount.print(cases.label() + " schedule (all steps)", sqlBeforeWalk, invoices, 40);
    }
    double cpuSeconds = (cpuNanos() - cpuStart - progressCpu[0]) / 1e9;
    long databaseCpuEnd = database.cpuNanos(dataSource);
    double databaseCpuSeconds =
        databaseCpuStart < 0 || databaseCpuEnd < 0 ? -1 : (databaseCpuEnd - databaseCpuStart) / 1e9;
    BenchDatabase.Work work = database.work(dataSource).minus(workBefore);
    Long escalated =
        jdbc.queryForObject(
            "select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                + " on t.PROC_INST_ID_ = e.ID_ where t.TASK_DEF_KEY_ = 'DecideEscalation'"
                + " and e.BUSINESS_KEY_ like ?",
            Long.class,
            round.prefix() + "-%");
    ContactRules contactRules = ContactRules.of(jdbc, round.prefix());
    if (contactRules.interfered()) {
      System.out.println("bench | " + cases.label() + " contact rules: " + contactRules);
    }
    return new Figures(
        cases.label(), invoices, registration, booking, walk, cpuSeconds, databaseCpuSeconds, work,
        escalated == null ? 0 : escalated, contactRules);
  }

  /** The bare process's ladder, in the order of the default row of the dunning schedule. */
  static final List<String> LADDER =
      List.of("PRE_DUE_REMINDER", "DUE_NOTICE", "REMINDER_1", "CALL", "REMINDER_2", "FINAL_NOTICE", "DECISION");

  static String nextStep(String current) {
    return current == null ? LADDER.get(0) : LADDER.get(LADDER.indexOf(current) + 1);
  }

  /**
   * What each table grew by during Fordra's round, per invoice, largest first, with the rows
   * inserted into it and the live and dead (not yet vacuumed) rows it holds at the end.
   */
  private static void printTableBytes(Map<String, Long> after, Map<String, Long> before,
      Map<String, BenchDatabase.TableRows> rowsAfter, Map<String, BenchDatabase.TableRows> rowsBefore,
      int invoices) {
    if (after.isEmpty()) {
      return;
    }
    System.out.println("bench | database growth per invoice by table (pg_total_relation_size),"
        + " rows inserted, rows live and dead at the end, rows read by sequential scans, rows updated"
        + " and of those the share updated in place without index writes (HOT) (pg_stat_user_tables):");
    BenchDatabase.TableRows none = new BenchDatabase.TableRows(0, 0, 0, 0, 0, 0);
    after.entrySet().stream()
        .map(table -> Map.entry(table.getKey(), table.getValue() - before.getOrDefault(table.getKey(), 0L)))
        .filter(table -> table.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(25)
        .forEach(table -> {
          BenchDatabase.TableRows end = rowsAfter.getOrDefault(table.getKey(), none);
          BenchDatabase.TableRows start = rowsBefore.getOrDefault(table.getKey(), none);
          System.out.printf(
              "bench |   %9.1f bytes %7.2f inserted %7.2f live %7.2f dead %9.1f seq-read %6.2f updated %4s HOT  %s%n",
              (double) table.getValue() / invoices, (double) (end.inserted() - start.inserted()) / invoices,
              (double) (end.live() - start.live()) / invoices, (double) (end.dead() - start.dead()) / invoices,
              (double) (end.seqRead() - start.seqRead()) / invoices,
              (double) (end.updated() - start.updated()) / invoices,
              hotShare(end.updated() - start.updated(), end.hotUpdated() - start.hotUpdated()),
              table.getKey());
        });
  }

  private static String hotShare(long updated, long hot) {
    return updated == 0 ? "-" : Math.round(100.0 * hot / updated) + "%";
  }

  /** What each index grew by during Fordra's round, per invoice, largest first. */
  private static void printIndexBytes(Map<String, Long> after, Map<String, Long> before, int invoices) {
    if (after.isEmpty()) {
      return;
    }
    long total = after.entrySet().stream()
        .mapToLong(index -> index.getValue() - before.getOrDefault(index.getKey(), 0L)).sum();
    System.out.printf("bench | of which indexes: %.1f bytes per invoice; the 25 that grew most:%n",
        (double) total / invoices);
    after.entrySet().stream()
        .map(index -> Map.entry(index.getKey(), index.getValue() - before.getOrDefault(index.getKey(), 0L)))
        .filter(index -> index.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(25)
        .forEach(index -> System.out.printf("bench |   %9.1f bytes  %s%n",
            (double) index.getValue() / invoices, index.getKey()));
  }

  /** The statements PostgreSQL ran during Fordra's round (pg_stat_statements), per invoice. */
  private static void printStatements(List<BenchDatabase.Statement> statements, String which,
      int invoices) {
    if (statements.isEmpty()) {
      return;
    }
    System.out.println("bench | statements per invoice during Fordra's round (pg_stat_statements, " + which
        + "; the bench's own polling included):");
    statements.forEach(statement -> System.out.printf(
        "bench |   %7.2f calls %8.2f rows %7.3f ms %7.1f pages/call %7.0f WAL bytes/call"
            + " %5.2f full pages/call  %s%n",
        (double) statement.calls() / invoices, (double) statement.rows() / invoices,
        statement.millis() / invoices, (double) statement.pages() / Math.max(1, statement.calls()),
        (double) statement.walBytes() / Math.max(1, statement.calls()),
        (double) statement.walFullPages() / Math.max(1, statement.calls()),
        oneLine(statement.query())));
  }

  private static String oneLine(String sql) {
    String line = sql.replaceAll("\\s+", " ").trim();
    return line.length() > 140 ? line.substring(0, 140) : line;
  }

  private static void report(Figures figures) {
    System.out.printf(
        "bench | %s: registrations %.1f/s (p50 %.1f ms, p99 %.1f ms); payments p50 %.1f ms,"
            + " p99 %.1f ms; schedule %,d jobs (%,d timers) in %.1f s = %.1f jobs/s"
            + " (%.1f steps/s); %,d calls in %.1f s; %.2f ms wall per invoice%n",
        figures.label(), figures.registration().perSecond(),
        figures.registration().latencies().p50Ms(), figures.registration().latencies().p99Ms(),
        figures.payments().latencies().p50Ms(), figures.payments().latencies().p99Ms(),
        figures.walk().jobs(), figures.walk().timerJobs(), figures.walk().jobSeconds(),
        figures.jobsPerSecond(), figures.stepsPerSecond(),
        figures.walk().calls(), figures.walk().callSeconds(), figures.msPerInvoice());
    System.out.printf(
        "bench | %s: database work per invoice: %s; JVM CPU %.1f ms per invoice%s%n",
        figures.label(), figures.work().perInvoice(figures.invoices()),
        figures.cpuSeconds() * 1000 / figures.invoices(),
        figures.databaseCpuSeconds() < 0
            ? ""
            : String.format("; database server CPU %.1f ms per invoice",
                figures.databaseCpuSeconds() * 1000 / figures.invoices()));
  }

  private static long heapAfterGcMb() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + "/" + parts[1] + "/" + parts[2];
    } catch (Exception unavailable) {
      return "n/a";
    }
  }

  private FordraBench() {}
}
