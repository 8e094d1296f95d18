package org.fordra.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.disputes.DisputeRaising;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.NewInvoice;
import org.fordra.payments.NewPayment;
import org.fordra.payments.PaymentBooking;
import org.fordra.api.ApiUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo's first start, lives through the last eleven weeks with a handful of customers in
 * Sweden, Norway, the Netherlands, Germany, the UK and the US: registers their invoices on the
 * days they were issued, lets the real engine send every notice and open every task on its day,
 * and has the demo staff answer some of them. Today a collector finds calls to make, sales a
 * dispute to review and the managers an escalation to decide, each with a true history.
 *
 * <p>It moves the engine clock while nothing else runs (before the job executor starts) and
 * puts it back to the real time when it is done.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "fordra.demo.enabled", havingValue = "true")
class DemoHistory implements CommandLineRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  /** How far back the demo's story starts. */
  static final int DAYS_OF_HISTORY = 75;

  /** The hour (UTC) at which each past day is looked at: within contact hours from Oslo to New York. */
  static final int HOUR_UTC = 17;

  private record Step(int day, String what, Predicate<LocalDate> action) {}

  private final CustomerRepository customers;
  private final InvoiceRegistration registration;
  private final PaymentBooking payments;
  private final DisputeRaising disputes;
  private final ManagementService management;
  private final TaskService tasks;
  private final TransactionTemplate transaction;
  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final Clock clock;
  private final String pinnedToday;
  private final DemoBankStatement bankStatement;

  DemoHistory(
      CustomerRepository customers,
      InvoiceRegistration registration,
      PaymentBooking payments,
      DisputeRaising disputes,
      ManagementService management,
      TaskService tasks,
      TransactionTemplate transaction,
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value("${fordra.demo.today:}") String pinnedToday,
      DemoBankStatement bankStatement) {
    this.pinnedToday = pinnedToday;
    this.bankStatement = bankStatement;
    this.customers = customers;
    this.registration = registration;
    this.payments = payments;
    this.disputes = disputes;
    this.management = management;
    this.tasks = tasks;
    this.transaction = transaction;
    this.invoices = invoices;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public void run(String... args) {
    if (customers.count() > 0) {
      return;
    }
    Instant realNow = clock.instant();
    LocalDate today = LocalDate.ofInstant(realNow, ZoneOffset.UTC);
    if (!pinnedToday.isBlank()) {
      // A fixed "today" (tests): the story ends on that day, whatever the real date.
      today = LocalDate.parse(pinnedToday);
      realNow = today.atTime(HOUR_UTC, 0).toInstant(ZoneOffset.UTC);
    }
    log.info("First start of the demo: replaying {} days of collections history", DAYS_OF_HISTORY);
    try {
      replay(today, realNow, story(today));
    } finally {
      ClockUtil.reset();
    }
    // This morning's bank statement: one payment booked by its reference, one for a person.
    bankStatement.arrive(today);
    log.info("Demo history ready: sign in to Tasklist as collector/collector, sales/sales or manager/manager");
  }

  private List<Step> story(LocalDate today) {
    Customer brod = customer("Brödbolaget AB", CustomerType.BUSINESS, "SE", "sv",
        "ekonomi@brodbolaget.example", "+46 8 555 010 20", "Europe/Stockholm");
    Customer kari = customer("Kari Nordmann", CustomerType.CONSUMER, "NO", "nb",
        "kari.nordmann@example.no", "+47 22 55 01 23", "Europe/Oslo");
    Customer bakkerij = customer("Bakkerij de Vries B.V.", CustomerType.BUSINESS, "NL", "nl",
        "administratie@bakkerijdevries.example", "+31 20 555 0147", "Europe/Amsterdam");
    Customer max = customer("Max Mustermann", CustomerType.CONSUMER, "DE", "de",
        "max.mustermann@example.de", "+49 30 5550 1234", "Europe/Berlin");
    Customer hansen = customer("Hansen & Söhne GmbH", CustomerType.BUSINESS, "DE", "de",
        "buchhaltung@hansen-soehne.example", "+49 40 5550 7788", "Europe/Berlin");
    Customer thames = customer("Thames Joinery Ltd", CustomerType.BUSINESS, "GB", "en",
        "accounts@thamesjoinery.example", "+44 20 7946 0958", "Europe/London");
    Customer jane = customer("Jane Doe", CustomerType.CONSUMER, "US", "en",
        "jane.doe@example.com", "+1 212 555 0142", "America/New_York");
    Customer linnea = customer("Linnea Berg", CustomerType.CONSUMER, "SE", "sv",
        "linnea.berg@example.se", "+46 31 555 12 34", "Europe/Stockholm");

    List<Step> story = new ArrayList<>();
    // A promise on the phone that is not kept: reminders, the final notice, and a manager decides.
    story.add(invoice(-75, "DEMO-1001", bakkerij, -45, "EUR", "3150.00"));
    story.add(new Step(-75, "promise to pay", day -> call(day, "DEMO-1001", Map.of(
        CollectionsProcess.VAR_CALL_OUTCOME, "PROMISE_TO_PAY",
        CollectionsProcess.VAR_PROMISED_DATE, day.plusDays(5).toString(),
        CollectionsProcess.VAR_CALL_NOTES, "Spoke to Mr de Vries: cash flow tight after the holidays, pays within the week."))));
    // A payment plan agreed on the call.
    story.add(invoice(-60, "DEMO-1002", jane, -30, "USD", "1800.00"));
    story.add(new Step(-60, "payment plan", day -> call(day, "DEMO-1002", Map.of(
        CollectionsProcess.VAR_CALL_OUTCOME, "PAYMENT_PLAN",
        CollectionsProcess.VAR_PLAN_INSTALLMENTS, 3,
        CollectionsProcess.VAR_CALL_NOTES, "Lost her job in the spring; can pay 600 a month."))));
    // Nobody answers the phone; a part payment arrives; dunning goes on. Norway's schedule calls
    // on day 21 after the due date (reminder 1 with its purregebyr on day 14, reminder 2 on 29).
    story.add(invoice(-60, "DEMO-1003", kari, -30, "NOK", "4200.00"));
    story.add(new Step(-50, "no answer", day -> call(day, "DEMO-1003", Map.of(
        CollectionsProcess.VAR_CALL_OUTCOME, "NO_CONTACT",
        CollectionsProcess.VAR_CALL_NOTES, "No answer; left a voicemail."))));
    story.add(new Step(-8, "part payment", day -> pay(day, "DEMO-1003", "1000.00", "NOK")));
    // Paid in full the day after the due date, before any notice stated interest (whatever day of
    // the week it falls on): the case ends PAID. Interest a notice stated would keep it open
    // (README, "Fees, interest and notices").
    story.add(invoice(-45, "DEMO-1004", thames, -15, "GBP", "2400.00"));
    story.add(new Step(-14, "paid in full", day -> payInFull(day, "DEMO-1004")));
    // Overdue, the collector's call is due now.
    story.add(invoice(-40, "DEMO-1005", brod, -10, "SEK", "12500.00"));
    // The customer disputes part of the delivery: sales must look at it.
    story.add(invoice(-30, "DEMO-1006", max, -16, "EUR", "890.00"));
    story.add(new Step(-5, "dispute", day -> dispute("DEMO-1006",
        "Only 8 of the 10 chairs ordered were delivered; two are missing.")));
    // A large business claim: called on the due date.
    story.add(invoice(-31, "DEMO-1007", hansen, -1, "EUR", "18000.00"));
    // Not yet due: a pre-due reminder will go out a week before.
    story.add(invoice(-3, "DEMO-1008", linnea, 27, "SEK", "2350.00"));
    return story;
  }

  private void replay(LocalDate today, Instant realNow, List<Step> story) {
    List<Step> waiting = new ArrayList<>(story);
    for (int offset = -DAYS_OF_HISTORY; offset <= 0; offset++) {
      LocalDate day = today.plusDays(offset);
      Instant moment = day.atTime(HOUR_UTC, 0).toInstant(ZoneOffset.UTC);
      ClockUtil.setCurrentTime(Date.from(moment.isAfter(realNow) ? realNow : moment));
      runDueJobs();
      // A step waits until its day has come and what it answers exists (a task may come later).
      for (Iterator<Step> it = waiting.iterator(); it.hasNext(); ) {
        Step step = it.next();
        if (step.day() <= offset && step.action().test(day)) {
          it.remove();
          runDueJobs();
        }
      }
    }
    waiting.forEach(step -> log.warn("Demo step '{}' never found its moment", step.what()));
  }

  private void runDueJobs() {
    for (int round = 0; round < 500; round++) {
      List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      try {
        management.executeJob(due.get(0).getId());
      } catch (RuntimeException failed) {
        // The job keeps its retries and a later due date, as it would in production.
        log.warn("Demo job failed: {}", failed.getMessage());
      }
    }
  }

  private Customer customer(
      String name, CustomerType type, String country, String language, String email, String phone,
      String zone) {
    return customers.save(
        new Customer(name, type, country, language, email, phone, ZoneId.of(zone), clock.instant()));
  }

  /** An invoice registered on the day it was issued, due {@code dueIn} days from today. */
  private Step invoice(
      int issuedOn, String number, Customer customer, int dueIn, String currency, String amount) {
    return new Step(issuedOn, "register " + number, day -> {
      as("admin", () -> registration.register(new NewInvoice(
          number, customer.getId(), day, day.plusDays(dueIn - issuedOn), currency, new BigDecimal(amount))));
      return true;
    });
  }

  private boolean call(LocalDate day, String number, Map<String, Object> outcome) {
    Task call = tasks.createTaskQuery()
        .processInstanceBusinessKey(number)
        .taskDefinitionKey(CollectionsProcess.TASK_CALL_CUSTOMER)
        .singleResult();
    if (call == null) {
      return false;
    }
    as("collector", () -> {
      tasks.claim(call.getId(), "collector");
      tasks.complete(call.getId(), outcome);
      return null;
    });
    return true;
  }

  private boolean pay(LocalDate day, String number, String amount, String currency) {
    as("admin", () -> payments.book(number, new NewPayment(
        new BigDecimal(amount), currency, day, "DEMO-BANK-" + number + "-" + day)));
    return true;
  }

  /** Pays everything booked on the invoice that day: principal and any charges. */
  private boolean payInFull(LocalDate day, String number) {
    var balance =
        transaction.execute(
            status -> accounts.of(invoices.findByNumber(number).orElseThrow()).balance());
    return pay(day, number, balance.toString(), balance.currency().getCurrencyCode());
  }

  private boolean dispute(String number, String reason) {
    as("collector", () -> disputes.raise(number, reason));
    return true;
  }

  /** Does what a member of staff did, recorded in the trail under their name. */
  private <T> T as(String user, java.util.function.Supplier<T> work) {
    return ApiUser.actingAs(new ApiUser(user, List.of()), () -> transaction.execute(status -> work.get()));
  }
}
