package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.FordraApplication;
import org.fordra.api.Conflict;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.NewInvoice;
import org.fordra.notices.NoticeDispatcher;
import org.fordra.payments.NewPayment;
import org.fordra.payments.PaymentBooking;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Camunda's homogeneous cluster: two Fordra nodes, each with its job executor running for real,
 * on one PostgreSQL 17. Time is the engine clock, which both nodes share (one JVM); the test
 * moves it and then waits, polling the database, until the nodes have done what fell due.
 *
 * <p>Each story is set in an earlier year than the one before, so the later timers of the
 * earlier story stay in the future and do not run behind its back.
 */
@TestMethodOrder(OrderAnnotation.class)
class TwoNodesOnOnePostgresTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /**
   * Short, so the test need not wait long for a stopped node's locks; long enough that a job on
   * a busy machine finishes before its lock runs out (else the other node would run it too,
   * and one of the two would lose at commit).
   */
  static final int LOCK_TIME_MILLIS = 20_000;
  /**
   * Invoices falling due at once, one job each (one job per dunning step): enough that both
   * nodes' acquisitions go for the same jobs while each takes its share (a few hundred jobs do
   * that as surely as thousands); how fast a cluster gets through many is the benchmark's
   * question, not this test's.
   */
  static final int AT_ONCE = 300;
  /**
   * Invoices whose payment races their due-date timer, booked half on each node: at 200 a few
   * dozen payments land before their notice (28 in one run), at 60 none did.
   */
  static final int RACING = 200;
  /** Invoices whose due-date timer the dead node holds; twice as many are done around them. */
  static final int ORPHANED = 60;
  /** Invoices whose due jobs the node killed hard had to itself. */
  static final int LEFT_TO_NODE_C = 120;

  static EmbeddedPostgres postgres;
  static JdbcTemplate db;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  static Process nodeC;

  @BeforeAll
  static void twoNodesOnOneDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = new JdbcTemplate(postgres.getPostgresDatabase());
    nodeA = start("node-a");
    nodeB = start("node-b");
  }

  @AfterAll
  static void stopEverything() throws Exception {
    ClockUtil.reset();
    if (nodeC != null) {
      nodeC.destroyForcibly().waitFor();
    }
    if (nodeB != null && nodeB.isActive()) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  static ConfigurableApplicationContext start(String name) {
    return new SpringApplicationBuilder(FordraApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("test", "postgres")
        .run(settingsOf(name, LOCK_TIME_MILLIS).toArray(String[]::new));
  }

  static List<String> settingsOf(String name, int lockTimeMillis) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--spring.main.banner-mode=off",
            // Nodes without a web server: the engine, the job executor and Fordra's services.
            "--spring.autoconfigure.exclude="
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--spring.datasource.hikari.pool-name=" + name,
            "--camunda.bpm.admin-user.password=a-long-test-password",
            "--camunda.bpm.process-engine-name=" + name.replace('-', '_'),
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.lock-time-in-millis=" + lockTimeMillis,
            // The clock jumps in this test: an idle node looks for due jobs often.
            "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.max-wait=500",
            "--fordra.cluster.node-name=" + name,
            "--fordra.notices.outbox=target/cluster-outbox",
            "--fordra.agency.folder=target/cluster-agency-cases"));
    return args;
  }

  @Test
  @Order(1)
  void theTimersOfManyInvoicesDueAtOnceFireExactlyOnceAcrossTheCluster() throws Exception {
    LocalDate issued = LocalDate.of(2030, 3, 4);
    LocalDate due = issued.plusDays(3); // too short a term for a pre-due reminder
    moveClockTo(issued.atTime(8, 0));
    long registering = System.nanoTime();
    List<String> invoices = registerOnBothNodes("A", AT_ONCE, issued, due);
    System.out.printf(
        "cluster: %d invoices registered through two nodes in %d ms%n",
        invoices.size(), (System.nanoTime() - registering) / 1_000_000);

    long started = System.nanoTime();
    moveClockTo(due.atTime(10, 0));
    awaitNothingDue(Duration.ofSeconds(360));
    System.out.printf(
        "cluster: %d due notices (%d jobs) done by two nodes in %d ms%n",
        invoices.size(), invoices.size(), (System.nanoTime() - started) / 1_000_000);

    assertThat(noticesOf("A", "DUE_NOTICE")).isEqualTo(AT_ONCE);
    assertThat(noticesSentTwice()).isEmpty();
    assertThat(chargesMadeTwice()).isEmpty();
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
    // Every invoice went on to wait for reminder 1.
    assertThat(
            db.queryForObject(
                "select count(*) from act_ru_job j join act_ru_execution pi"
                    + " on pi.id_ = j.process_instance_id_"
                    + " where pi.business_key_ like 'A-%' and j.type_ = 'timer'",
                Long.class))
        .isEqualTo(AT_ONCE);
    // Per invoice one job (the due notice's timer runs the whole step): each ran exactly once ...
    assertThat(
            db.queryForObject(
                "select count(*) from act_hi_job_log where job_state_ = 2", Long.class))
        .isEqualTo(AT_ONCE);
    assertThat(
            db.queryForObject(
                "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2",
                Long.class))
        .isEqualTo(AT_ONCE);
    // ... and both nodes took their share.
    assertThat(jobsRunBy("node-a")).isPositive();
    assertThat(jobsRunBy("node-b")).isPositive();
  }

  @Test
  @Order(2)
  void noticesANodeLeftUnsentAreSweptByBothNodesAndEachIsSentOnce() throws Exception {
    String storyA =
        "select n.id from notice n join invoice i on i.id = n.invoice_id"
            + " where i.invoice_number like 'A-%'";
    // Each node sent the notices of its own steps right after their commit.
    assertThat(sentOnce(storyA)).isEqualTo(AT_ONCE);

    // As a node that died after its steps committed, before it sent their notices, leaves them.
    int left =
        db.update(
            "update notice_dispatch set state = 'PENDING', dispatched_at = null, attempts = 0,"
                + " next_attempt_at = (select n.sent_at from notice n where n.id = notice_id)"
                + " where notice_id in (" + storyA + ")");
    assertThat(left).isEqualTo(AT_ONCE);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<Integer>> sweeps = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
      NoticeDispatcher dispatcher = node.getBean(NoticeDispatcher.class);
      sweeps.add(
          nodes.submit(
              () -> {
                int sent = 0;
                while (waitingNotices(storyA) > 0 && System.nanoTime() < deadline) {
                  sent += dispatcher.sweep();
                }
                return sent;
              }));
    }
    int sentByA = sweeps.get(0).get();
    int sentByB = sweeps.get(1).get();
    nodes.shutdown();
    System.out.printf(
        "cluster: %d notices left unsent, swept by node-a %d, node-b %d%n", left, sentByA, sentByB);

    assertThat(sentByA + sentByB).isEqualTo(AT_ONCE);
    // Each claimed once: no notice was taken by both nodes.
    assertThat(sentOnce(storyA)).isEqualTo(AT_ONCE);
  }

  /** Notices among {@code ids} that went out on their first and only claim. */
  static long sentOnce(String ids) {
    return db.queryForObject(
        "select count(*) from notice_dispatch where state = 'SENT' and attempts = 1"
            + " and notice_id in ("
            + ids + ")",
        Long.class);
  }

  static long waitingNotices(String ids) {
    return db.queryForObject(
        "select count(*) from notice_dispatch where state in ('PENDING', 'SENDING')"
            + " and notice_id in ("
            + ids + ")",
        Long.class);
  }

  @Test
  @Order(3)
  void aPaymentRacingATimerForTheSameInvoiceIsAppliedOnce() throws Exception {
    LocalDate issued = LocalDate.of(2029, 3, 5);
    LocalDate due = issued.plusDays(3);
    moveClockTo(issued.atTime(8, 0));
    List<String> invoices = registerOnBothNodes("B", RACING, issued, due);

    // The due-date timers of all of them fall due while the payments for them come in, on both
    // nodes: each payment races the timer (and its notice) of the same case.
    moveClockTo(due.atTime(10, 0));
    AtomicInteger resent = new AtomicInteger();
    ExecutorService banks = Executors.newFixedThreadPool(2);
    List<Future<?>> bookings = new ArrayList<>();
    for (int lane = 0; lane < 2; lane++) {
      PaymentBooking booking = (lane == 0 ? nodeA : nodeB).getBean(PaymentBooking.class);
      int first = lane;
      bookings.add(
          banks.submit(
              () -> {
                for (int i = first; i < invoices.size(); i += 2) {
                  payInFull(booking, invoices.get(i), resent);
                }
              }));
    }
    for (Future<?> done : bookings) {
      done.get();
    }
    banks.shutdown();
    awaitNothingDue(Duration.ofSeconds(60));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> runningCases("B") == 0);

    assertThat(
            db.queryForObject(
                "select count(*) from payment p join invoice i on i.id = p.invoice_id"
                    + " where i.invoice_number like 'B-%'",
                Long.class))
        .isEqualTo(RACING);
    assertThat(
            db.queryForList(
                "select i.invoice_number from invoice i where i.invoice_number like 'B-%'"
                    + " and (i.status <> 'PAID' or i.principal <>"
                    + " (select coalesce(sum(p.amount), 0) from payment p where p.invoice_id = i.id))",
                String.class))
        .as("invoices not paid exactly once in full")
        .isEmpty();
    assertThat(
            db.queryForObject(
                "select count(*) from audit_entry where invoice_number like 'B-%'"
                    + " and action = 'PAYMENT_BOOKED'",
                Long.class))
        .isEqualTo(RACING);
    assertThat(noticesOf("B", "PAID_RECEIPT")).isEqualTo(RACING);
    assertThat(noticesSentTwice()).isEmpty();
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
    System.out.printf(
        "cluster: of %d racing payments, %d came before the due notice, %d resent by the bank%n",
        RACING, RACING - noticesOf("B", "DUE_NOTICE"), resent.get());
  }

  @Test
  @Order(4)
  void jobsOfANodeThatDiedHoldingThemAreFinishedByTheOtherOnceTheirLockExpires()
      throws Exception {
    LocalDate issued = LocalDate.of(2028, 3, 6);
    LocalDate due = issued.plusDays(3);
    moveClockTo(issued.atTime(8, 0));
    List<String> invoices = registerOnBothNodes("C", 3 * ORPHANED, issued, due);

    // node-b dies at 10:00 right after it has taken the due-date timers of the first third: they
    // stay locked in its name until the lock it took runs out (5 minutes, as in production).
    // Closing a node's context is a graceful stop that mostly leaves nothing locked (so it
    // cannot stand in for a crash reliably); the crash is therefore written into the database
    // as node-b's acquisition would have left it.
    LocalDateTime crash = due.atTime(10, 0);
    LocalDateTime lockExpires = crash.plusMinutes(5);
    List<String> orphans =
        db.queryForList(
            "select j.id_ from act_ru_job j join act_ru_execution pi"
                + " on pi.id_ = j.process_instance_id_"
                + " where pi.business_key_ >= 'C-00000' and pi.business_key_ < ?"
                + " and j.type_ = 'timer'",
            String.class,
            String.format("C-%05d", ORPHANED));
    assertThat(orphans).hasSize(ORPHANED);
    String orphanList = "'" + String.join("','", orphans) + "'";
    db.update(
        "update act_ru_job set lock_owner_ = 'node-b', lock_exp_time_ = ?, rev_ = rev_ + 1"
            + " where id_ in (" + orphanList + ")",
        Timestamp.from(lockExpires.atZone(BERLIN).toInstant()));
    long ranBefore = jobsRun();
    moveClockTo(crash);

    // Mid-run, node-b goes away for real too; node-a carries on alone. (Which node ran the first
    // jobs is up to the race between their acquisitions, so the test waits for anyone's.)
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> jobsRun() > ranBefore);
    nodeB.close();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                noticesOf("C", "DUE_NOTICE") == invoices.size() - ORPHANED
                    && jobsDueOrLocked() == ORPHANED);
    // Before the lock runs out nobody takes the dead node's jobs ...
    assertThat(lockedBy("node-b")).containsExactlyInAnyOrderElementsOf(orphans);

    // ... after it, node-a runs each of them once.
    long stoppedAt = System.nanoTime();
    moveClockTo(lockExpires.plusSeconds(1));
    awaitNothingDue(Duration.ofSeconds(120));
    System.out.printf(
        "cluster: node-b died holding %d jobs; node-a finished them %d ms after their lock expired%n",
        orphans.size(), (System.nanoTime() - stoppedAt) / 1_000_000);

    assertThat(lockedBy("node-b")).isEmpty();
    assertThat(noticesOf("C", "DUE_NOTICE")).isEqualTo(invoices.size());
    assertThat(noticesSentTwice()).isEmpty();
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
    assertThat(
            db.queryForList(
                "select hostname_ from act_hi_job_log where job_state_ = 2 and job_id_ in ("
                    + orphanList + ")",
                String.class))
        .hasSize(orphans.size())
        .containsOnly("node-a");
    assertThat(
            db.queryForObject(
                "select min(timestamp_) from act_hi_job_log where job_state_ = 2 and job_id_ in ("
                    + orphanList + ")",
                Timestamp.class))
        .isAfterOrEqualTo(Timestamp.from(lockExpires.atZone(BERLIN).toInstant()));
  }


  @Test
  @Order(5)
  void aNodeKilledHardMidRunLosesNothingTheOtherFinishesItsJobsOnceTheirLockExpires()
      throws Exception {
    // node-a stands aside (its job executor stopped) while the cases are registered through it;
    // node-c, a JVM of its own, then has the due jobs to itself until it is killed.
    var jobExecutor =
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                nodeA.getBean(org.camunda.bpm.engine.ProcessEngine.class)
                    .getProcessEngineConfiguration())
            .getJobExecutor();
    jobExecutor.shutdown();
    LocalDate issued = LocalDate.of(2027, 3, 8);
    LocalDate due = issued.plusDays(3);
    moveClockTo(issued.atTime(8, 0));
    List<String> invoices = new ArrayList<>();
    for (int i = 0; i < LEFT_TO_NODE_C; i++) {
      invoices.add(String.format("K-%05d", i));
    }
    register(nodeA, invoices, issued, due);
    moveClockTo(due.atTime(10, 0));

    int lockMillis = 15_000;
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    List<String> command = new ArrayList<>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    // A quicker start for a node that lives a few seconds (as CrashDurabilityTest's servers).
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-D" + ClusterNodeProcess.CLOCK_OFFSET + "=" + offset);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ClusterNodeProcess.class.getName());
    command.addAll(settingsOf("node-c", lockMillis));
    java.io.File log = new java.io.File("target/cluster-node-c.log");
    nodeC = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> !nodeC.isAlive() || jobsRunBy("node-c") >= 30);
    assertThat(nodeC.isAlive()).as("node-c runs (see %s)", log).isTrue();
    nodeC.destroyForcibly().waitFor();
    long ranByC = jobsRunBy("node-c");

    // What the dead node held stays locked in its name until the lock it took runs out.
    List<java.util.Map<String, Object>> held =
        db.queryForList("select id_, lock_exp_time_ from act_ru_job where lock_owner_ = 'node-c'");
    assertThat(held).as("node-c died holding jobs").isNotEmpty();
    List<String> orphans = held.stream().map(row -> (String) row.get("id_")).toList();
    String orphanList = "'" + String.join("','", orphans) + "'";
    Timestamp firstExpiry =
        held.stream().map(row -> (Timestamp) row.get("lock_exp_time_"))
            .min(Timestamp::compareTo).orElseThrow();
    Timestamp lastExpiry =
        held.stream().map(row -> (Timestamp) row.get("lock_exp_time_"))
            .max(Timestamp::compareTo).orElseThrow();

    // node-a takes over with the engine clock held still at the kill, so that the locks do not
    // run out in real time while it does what nobody held ...
    long restarted = System.nanoTime();
    Timestamp killedAt = new Timestamp(ClockUtil.getCurrentTime().getTime());
    ClockUtil.setCurrentTime(killedAt);
    List<String> stillLocked =
        held.stream()
            .filter(row -> ((Timestamp) row.get("lock_exp_time_")).after(killedAt))
            .map(row -> (String) row.get("id_"))
            .toList();
    jobExecutor.start();
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                noticesOf("K", "DUE_NOTICE") == invoices.size() - stillLocked.size()
                    && jobsDueOrLocked() == stillLocked.size());
    // ... and leaves alone what the dead node holds until its lock runs out ...
    assertThat(lockedBy("node-c")).containsExactlyInAnyOrderElementsOf(stillLocked);

    // ... then the clock goes on from just past the last of those locks, instead of the test
    // waiting for them in real time.
    ClockUtil.offset(lastExpiry.getTime() + 1_000 - System.currentTimeMillis());
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> noticesOf("K", "DUE_NOTICE") == invoices.size() && jobsDueOrLocked() == 0);
    System.out.printf(
        "cluster: node-c killed after %d jobs holding %d; node-a finished all in %d ms%n",
        ranByC, orphans.size(), (System.nanoTime() - restarted) / 1_000_000);

    assertThat(noticesSentTwice()).isEmpty();
    assertThat(chargesMadeTwice()).isEmpty();
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
    assertThat(runningCases("K")).isEqualTo(invoices.size());
    // Every orphan ran once, on node-a, and not before the dead node's lock had run out.
    List<String> orphansStillThere =
        db.queryForList(
            "select id_ from act_ru_job where id_ in (" + orphanList + ")", String.class);
    assertThat(
            db.queryForList(
                "select hostname_ from act_hi_job_log where job_state_ = 2 and job_id_ in ("
                    + orphanList + ")",
                String.class))
        .hasSize(orphans.size() - orphansStillThere.size())
        .containsOnly("node-a");
    assertThat(orphansStillThere).as("orphans left undone").isEmpty();
    assertThat(
            db.queryForObject(
                "select min(timestamp_) from act_hi_job_log where job_state_ = 2 and job_id_ in ("
                    + orphanList + ")",
                Timestamp.class))
        .isAfterOrEqualTo(firstExpiry);
  }

  /** Registers {@code count} invoices, half through each node, a hundred per transaction. */
  static List<String> registerOnBothNodes(String prefix, int count, LocalDate issued, LocalDate due)
      throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(String.format("%s-%05d", prefix, i));
    }
    ExecutorService clerks = Executors.newFixedThreadPool(2);
    List<Future<?>> work = new ArrayList<>();
    for (int lane = 0; lane < 2; lane++) {
      ConfigurableApplicationContext node = lane == 0 ? nodeA : nodeB;
      List<String> mine = numbers.subList(lane * count / 2, (lane + 1) * count / 2);
      work.add(clerks.submit(() -> register(node, mine, issued, due)));
    }
    for (Future<?> done : work) {
      done.get();
    }
    clerks.shutdown();
    return numbers;
  }

  /**
   * Each invoice of its own customer, as across a firm's ledger: invoices of one customer would
   * be combined into one notice and held to the weekly contact cap (dunning.contact), which is
   * not what this test is about.
   */
  static void register(
      ConfigurableApplicationContext node, List<String> numbers, LocalDate issued, LocalDate due) {
    CustomerRepository customers = node.getBean(CustomerRepository.class);
    InvoiceRegistration registration = node.getBean(InvoiceRegistration.class);
    TransactionTemplate transaction = node.getBean(TransactionTemplate.class);
    for (int from = 0; from < numbers.size(); from += 100) {
      List<String> batch = numbers.subList(from, Math.min(from + 100, numbers.size()));
      transaction.executeWithoutResult(
          status ->
              batch.forEach(
                  number -> {
                    Customer customer =
                        customers.save(
                            new Customer(
                                "Muster GmbH " + number,
                                CustomerType.BUSINESS,
                                "DE",
                                "de",
                                "buchhaltung@muster.example",
                                null,
                                BERLIN,
                                ClockUtil.getCurrentTime().toInstant()));
                    registration.register(
                        new NewInvoice(
                            number,
                            customer.getId(),
                            issued,
                            due,
                            "EUR",
                            new BigDecimal("1000.00")));
                  }));
    }
  }

  /** As a bank would: on a 409 (lost every retry) the same payment is sent again. */
  static void payInFull(PaymentBooking booking, String invoice, AtomicInteger resent) {
    NewPayment payment =
        new NewPayment(
            new BigDecimal("1000.00"),
            "EUR",
            LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN),
            "BANK-" + invoice);
    for (int attempt = 1; ; attempt++) {
      try {
        booking.book(invoice, payment);
        return;
      } catch (Conflict lostEveryRace) {
        if (attempt == 5) {
          throw lostEveryRace;
        }
        resent.incrementAndGet();
      }
    }
  }

  /**
   * Moves the engine clock, which then keeps ticking: locks expire and timers fall due as the
   * seconds pass, as they do in production.
   */
  static void moveClockTo(LocalDateTime berlinTime) {
    long target = berlinTime.atZone(BERLIN).toInstant().toEpochMilli();
    ClockUtil.offset(target - System.currentTimeMillis());
  }

  static LocalDateTime engineNow() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN);
  }

  /** Waits until no job is due or locked: whatever fell due has been done. */
  static void awaitNothingDue(Duration atMost) {
    try {
      await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> jobsDueOrLocked() == 0);
    } catch (ConditionTimeoutException late) {
      System.out.printf(
          "cluster: still %d jobs due or locked, %d run so far%n",
          jobsDueOrLocked(),
          db.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Long.class));
      throw late;
    }
  }

  static long jobsDueOrLocked() {
    return db.queryForObject(
        "select count(*) from act_ru_job where retries_ > 0 and"
            + " (duedate_ is null or duedate_ <= ? or lock_owner_ is not null)",
        Long.class,
        new Timestamp(ClockUtil.getCurrentTime().getTime()));
  }

  static long noticesOf(String prefix, String kind) {
    return db.queryForObject(
        "select count(*) from notice n join invoice i on i.id = n.invoice_id"
            + " where i.invoice_number like ? and n.kind = ?",
        Long.class,
        prefix + "-%",
        kind);
  }

  static List<String> noticesSentTwice() {
    return db.queryForList(
        "select i.invoice_number || ' ' || n.kind from notice n join invoice i on i.id = n.invoice_id"
            + " group by i.invoice_number, n.kind having count(*) > 1",
        String.class);
  }

  static List<String> chargesMadeTwice() {
    return db.queryForList(
        "select invoice_id || ' ' || type from charge group by invoice_id, type, charged_on"
            + " having count(*) > 1",
        String.class);
  }

  static long jobsRun() {
    return db.queryForObject(
        "select count(*) from act_hi_job_log where job_state_ = 2", Long.class);
  }

  static long jobsRunBy(String node) {
    return db.queryForObject(
        "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ?",
        Long.class,
        node);
  }

  static List<String> lockedBy(String node) {
    return db.queryForList(
        "select id_ from act_ru_job where lock_owner_ = ?", String.class, node);
  }

  static long runningCases(String prefix) {
    return db.queryForObject(
        "select count(*) from act_ru_execution where id_ = proc_inst_id_ and business_key_ like ?",
        Long.class,
        prefix + "-%");
  }
}
