package org.fordra.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.ledger.Payment;
import org.fordra.ledger.PaymentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives one invoice through the collections process the way time and people would: moves the
 * engine clock, executes the jobs that fall due, completes tasks, books payments.
 */
@Component
public class CollectionsScenario {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final NoticeRepository notices;
  private final InvoiceAccounts accounts;
  private final TransactionTemplate transaction;

  CollectionsScenario(
      RuntimeService runtime,
      ManagementService management,
      TaskService tasks,
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments,
      NoticeRepository notices,
      InvoiceAccounts accounts,
      TransactionTemplate transaction) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.notices = notices;
    this.accounts = accounts;
    this.transaction = transaction;
  }

  /** Sets the engine clock (and with it the application's Clock) to 08:00 Berlin time. */
  public void today(LocalDate day) {
    at(day.atTime(8, 0));
  }

  public void at(LocalDateTime berlinTime) {
    ClockUtil.setCurrentTime(Date.from(berlinTime.atZone(BERLIN).toInstant()));
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public ProcessInstance register(CustomerType type, String amount, LocalDate issued, LocalDate due) {
    return register(customer("DE", BERLIN, type), amount, issued, due);
  }

  /** A new customer in {@code country}, living in {@code zone}. */
  public Customer customer(String country, ZoneId zone, CustomerType type) {
    return customer(country, "de", zone, type);
  }

  /** A new customer in {@code country} who reads {@code language}, living in {@code zone}. */
  public Customer customer(String country, String language, ZoneId zone, CustomerType type) {
    return transaction.execute(
        status ->
            customers.save(
                new Customer(
                    "Muster GmbH",
                    type,
                    country,
                    language,
                    "buchhaltung@muster.example",
                    "+49 30 1234567",
                    zone,
                    now())));
  }

  /** An invoice of {@code customer} with its collections case started. */
  public ProcessInstance register(Customer customer, String amount, LocalDate issued, LocalDate due) {
    String number = "T-" + UUID.randomUUID().toString().substring(0, 8);
    return transaction.execute(
        status -> {
          invoices.save(
              new Invoice(
                  number,
                  customer,
                  issued,
                  due,
                  Money.exact(new BigDecimal(amount), Currency.getInstance("EUR")),
                  now()));
          return runtime
              .createProcessInstanceByKey(CollectionsProcess.PROCESS_KEY)
              .businessKey(number)
              .setVariable(CollectionsProcess.VAR_INVOICE_NUMBER, number)
              .setVariable(CollectionsProcess.VAR_CUSTOMER_TYPE, customer.getType().name())
              .execute();
        });
  }

  /**
   * Lives through every day up to {@code day} at 10:00 Berlin time, running the jobs due each
   * morning, the way the job executor would: the contact rules count what was sent on which day.
   */
  public void runUntil(LocalDate day, ProcessInstance... instances) {
    for (LocalDate d = LocalDate.ofInstant(now(), BERLIN); d.isBefore(day); d = d.plusDays(1)) {
      Instant morning = d.atTime(10, 0).atZone(BERLIN).toInstant();
      if (morning.isAfter(now())) {
        at(d.atTime(10, 0));
        runDueJobs(instances);
      }
    }
    at(day.atTime(10, 0));
    runDueJobs(instances);
  }

  /** Runs the jobs due now of the cases and their payment plans, in that order, until none is left. */
  public void runDueJobs(ProcessInstance... instances) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = new ArrayList<>();
      for (ProcessInstance instance : instances) {
        due.addAll(dueJobs(instance));
      }
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException("jobs keep falling due: a loop in the process?");
  }

  private List<Job> dueJobs(ProcessInstance instance) {
    List<String> family = new ArrayList<>();
    family.add(instance.getId());
    runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
        .forEach(child -> family.add(child.getId()));
    List<Job> due = new ArrayList<>();
    for (String id : family) {
      due.addAll(
          management.createJobQuery().processInstanceId(id).executable().orderByJobDuedate().asc()
              .list());
    }
    return due;
  }

  public void pay(ProcessInstance instance, String amount) {
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoice(instance);
          payments.save(
              new Payment(
                  invoice,
                  Money.exact(new BigDecimal(amount), invoice.currency()),
                  LocalDate.ofInstant(now(), BERLIN),
                  "BANK-" + UUID.randomUUID(),
                  now(),
                  "test"));
          runtime
              .createMessageCorrelation(CollectionsProcess.MESSAGE_PAYMENT_RECEIVED)
              .processInstanceBusinessKey(invoice.getNumber())
              .correlateAll();
        });
  }

  public void dispute(ProcessInstance instance, String reason) {
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoice(instance);
          runtime
              .createMessageCorrelation(CollectionsProcess.MESSAGE_DISPUTE_RAISED)
              .processInstanceBusinessKey(invoice.getNumber())
              .correlate();
        });
  }

  public void complete(Task task, Map<String, Object> variables) {
    tasks.complete(task.getId(), variables);
  }

  public Invoice invoice(ProcessInstance instance) {
    return invoices.findByNumber(instance.getBusinessKey()).orElseThrow();
  }

  public String balance(ProcessInstance instance) {
    return transaction.execute(status -> accounts.of(invoice(instance)).balance().toString());
  }

  List<NoticeKind> noticesSent(ProcessInstance instance) {
    return transaction.execute(
        status ->
            notices.findByInvoiceIdOrderByIdAsc(invoice(instance).getId()).stream()
                .map(n -> n.getKind())
                .toList());
  }
}
