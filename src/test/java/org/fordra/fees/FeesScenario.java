package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.ChargeRepository;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.payments.NewPayment;
import org.fordra.ledger.Payment;
import org.fordra.payments.PaymentBooking;
import org.fordra.ledger.PaymentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Drives invoices of customers in different countries through the collections process. */
@Component
public class FeesScenario {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final ChargeRepository charges;
  private final InvoiceAccounts accounts;
  private final Payoffs payoffs;
  private final TransactionTemplate transaction;
  private final org.fordra.notices.NoticeRepository notices;
  private final PaymentBooking booking;

  FeesScenario(
      RuntimeService runtime,
      ManagementService management,
      TaskService tasks,
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments,
      ChargeRepository charges,
      InvoiceAccounts accounts,
      Payoffs payoffs,
      TransactionTemplate transaction,
      org.fordra.notices.NoticeRepository notices,
      PaymentBooking booking) {
    this.notices = notices;
    this.booking = booking;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.charges = charges;
    this.accounts = accounts;
    this.payoffs = payoffs;
    this.transaction = transaction;
  }

  void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(8, 0).atZone(BERLIN).toInstant()));
  }

  ProcessInstance register(
      String country, CustomerType type, String currency, String amount, LocalDate issued,
      LocalDate due, Consumer<Invoice> terms) {
    return register(country, type, currency, amount, issued, due, terms, customer -> {});
  }

  /** As above, with the customer set up first (delivery, language, ...). */
  ProcessInstance register(
      String country, CustomerType type, String currency, String amount, LocalDate issued,
      LocalDate due, Consumer<Invoice> terms, Consumer<Customer> customerSetup) {
    String number = "F-" + UUID.randomUUID().toString().substring(0, 8);
    return transaction.execute(
        status -> {
          Customer unsaved =
              new Customer(
                  "Kunde " + country, type, country, "en", "ap@kunde.example", null, BERLIN,
                  ClockUtil.getCurrentTime().toInstant());
          customerSetup.accept(unsaved);
          Customer customer = customers.save(unsaved);
          Invoice invoice =
              new Invoice(
                  number, customer, issued, due,
                  Money.exact(new BigDecimal(amount), Currency.getInstance(currency)),
                  ClockUtil.getCurrentTime().toInstant());
          terms.accept(invoice);
          invoices.save(invoice);
          return runtime
              .createProcessInstanceByKey(CollectionsProcess.PROCESS_KEY)
              .businessKey(number)
              .setVariable(CollectionsProcess.VAR_INVOICE_NUMBER, number)
              .setVariable(CollectionsProcess.VAR_CUSTOMER_TYPE, type.name())
              .execute();
        });
  }

  /**
   * Lives through every day up to {@code day} at 10:00 Berlin time, running the jobs due each
   * morning as the job executor would: the contact rules count what was sent on which day.
   */
  void runUntil(LocalDate day, ProcessInstance... instances) {
    LocalDate from = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BERLIN);
    for (LocalDate d = from; !d.isAfter(day); d = d.plusDays(1)) {
      java.time.Instant morning = d.atTime(10, 0).atZone(BERLIN).toInstant();
      if (morning.isAfter(ClockUtil.getCurrentTime().toInstant())) {
        ClockUtil.setCurrentTime(Date.from(morning));
        for (ProcessInstance instance : instances) {
          runDueJobs(instance);
        }
      }
    }
  }

  void runDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 100; round++) {
      List<Job> due =
          management.createJobQuery().processInstanceId(instance.getId()).executable()
              .orderByJobDuedate().asc().list();
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException("jobs keep falling due");
  }

  void pay(ProcessInstance instance, String amount, LocalDate paidOn) {
    transaction.executeWithoutResult(
        status -> {
          Invoice invoice = invoice(instance);
          payments.save(
              new Payment(
                  invoice, Money.exact(new BigDecimal(amount), invoice.currency()), paidOn,
                  "BANK-" + UUID.randomUUID(), ClockUtil.getCurrentTime().toInstant(), "test"));
          runtime
              .createMessageCorrelation(CollectionsProcess.MESSAGE_PAYMENT_RECEIVED)
              .processInstanceBusinessKey(invoice.getNumber())
              .correlateAll();
        });
  }

  /**
   * A German business invoice of EUR 1,000.00 issued Friday 2 January 2026, due (agreed) Monday
   * 2 February, lived to {@code day}: reminder 1 on 5 February, nobody answers the call of
   * 9 February, reminder 2 on 16 February.
   */
  ProcessInstance germanBusinessLadderUntil(LocalDate day) {
    LocalDate issued = LocalDate.of(2026, 1, 2);
    today(issued);
    ProcessInstance invoice =
        register("DE", CustomerType.BUSINESS, "EUR", "1000.00", issued, LocalDate.of(2026, 2, 2),
            i -> i.recordDueDateAgreed(true));
    runUntil(LocalDate.of(2026, 2, 9), invoice);
    decide(invoice, Map.of("callOutcome", "NO_CONTACT"));
    runUntil(day, invoice);
    return invoice;
  }

  /** Money received the way the API and bank statements book it: as much as the invoice takes. */
  PaymentBooking.Booking payThroughTheBooks(ProcessInstance instance, String amount, LocalDate paidOn) {
    Invoice invoice = invoice(instance);
    return booking.book(
        invoice.getNumber(),
        new NewPayment(
            new BigDecimal(amount), invoice.currency().getCurrencyCode(), paidOn,
            "BANK-" + UUID.randomUUID()));
  }

  void decide(ProcessInstance instance, Map<String, Object> variables) {
    var task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(task.getId(), variables);
  }

  Invoice invoice(ProcessInstance instance) {
    return invoices.findByNumber(instance.getBusinessKey()).orElseThrow();
  }

  /** The charges as "TYPE amount chargedOn", oldest first. */
  List<String> charges(ProcessInstance instance) {
    return transaction.execute(
        status ->
            charges.findByInvoiceIdOrderByIdAsc(invoice(instance).getId()).stream()
                .map(c -> c.getType() + " " + c.amount() + " " + c.getChargedOn())
                .toList());
  }

  String balance(ProcessInstance instance) {
    return transaction.execute(status -> accounts.of(invoice(instance)).balance().toString());
  }

  Payoff payoff(ProcessInstance instance, LocalDate day) {
    return transaction.execute(status -> payoffs.asOf(invoice(instance), day));
  }

  /** The stored e-mail copies (HTML) of the notices of one kind, oldest first. */
  List<String> emailsSent(ProcessInstance instance, org.fordra.notices.NoticeKind kind) {
    return transaction.execute(
        status ->
            notices.findByInvoiceIdOrderByIdAsc(invoice(instance).getId()).stream()
                .filter(n -> n.getKind() == kind)
                .filter(n -> n.getChannel() == org.fordra.notices.NoticeChannel.EMAIL)
                .map(n -> new String(n.content(), java.nio.charset.StandardCharsets.UTF_8))
                .toList());
  }
}
