package org.fordra.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeChannel;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.ledger.Credit;
import org.fordra.ledger.CreditRepository;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.money.Money;
import org.fordra.ledger.Payment;
import org.fordra.payments.PaymentPlan;
import org.fordra.payments.PaymentPlanRepository;
import org.fordra.ledger.PaymentRepository;
import org.fordra.api.StaffGroups;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worked example of the receivables pages and the aging report, and the staff who look at it.
 * Today is Friday 10 July 2026; the week runs from Monday 6 to Sunday 12 July.
 *
 * <pre>
 * invoice customer issued     due         principal  what happened                    status
 * AG-A    Alpha   2026-06-01  2026-07-15   1000.00   paid 200.00 on 06-10             OPEN
 * AG-B    Alpha   2026-06-01  2026-06-30     50.00                                    OPEN
 * AG-C    Alpha   2026-05-21  2026-06-20    300.00   credit 100.00 on 06-25; plan     OPEN
 *                                                    agreed 06-22, broken
 * AG-D    Alpha   2026-04-01  2026-05-01    400.00   paid 100.00 on 07-05             OPEN
 * AG-E    Beta    2026-03-01  2026-04-01    500.00                                    OPEN
 * AG-F    Beta    2026-02-01  2026-03-01    600.00   handed to the agency             WITH_AGENCY
 * AG-G    Beta    2026-02-01  2026-03-01    700.00   paid 700.00 on 06-01             PAID
 * AG-H    Beta    2026-02-15  2026-03-15    250.00   paid 250.00 on 07-02             PAID
 * AG-I    Beta    2026-07-01  2026-07-31    999.00                                    OPEN
 * AG-K    Beta    2026-06-10  2026-06-25    100.00   promised for 07-08 (this week)   PROMISED
 * AG-J    Gamma   2026-05-15  2026-06-15  JPY 120000                                  OPEN
 * AG-L    Gamma   2026-06-20  2026-07-20  JPY  30000 promised for 07-20 (next week)   PROMISED
 * </pre>
 *
 * <p>Aging on 30 June (a past day: the ledger decides what was open): EUR current 850.00 (A 800,
 * B 50 due that very day), 1–30 300.00 (C 200, K 100), 31–60 400.00 (D: its payment came later),
 * 61–90 500.00 (E, exactly 90 days), over 90 850.00 (F 600, H 250: paid only on 2 July), total
 * 2900.00; G was paid before; I was not yet issued. JPY 1–30 120000, current 30000.
 *
 * <p>Aging today: EUR current 1799.00 (A 800, I 999), 1–30 350.00 (B 50, C 200, K 100), 31–60
 * 0.00, 61–90 300.00 (D), over 90 1100.00 (E 500, F 600), total 3549.00. JPY as on 30 June.
 */
@TestComponent
public class Receivables {

  public static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
  public static final LocalDate END_OF_JUNE = LocalDate.of(2026, 6, 30);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final CreditRepository credits;
  private final PaymentPlanRepository plans;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final NoticeRepository notices;
  private final AuthorizationService authorizations;
  private final AuditTrail audit;

  Receivables(
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments,
      CreditRepository credits,
      PaymentPlanRepository plans,
      IdentityService identity,
      RepositoryService repository,
      RuntimeService runtime,
      TransactionTemplate transaction,
      NoticeRepository notices,
      AuditTrail audit,
      AuthorizationService authorizations) {
    this.authorizations = authorizations;
    this.notices = notices;
    this.audit = audit;
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.credits = credits;
    this.plans = plans;
    this.identity = identity;
    this.repository = repository;
    this.runtime = runtime;
    this.transaction = transaction;
  }

  /** Sets the engine clock to today, 10:00 UTC, and makes sure the example and the staff exist. */
  public synchronized void today() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC)));
    staff();
    if (!invoices.existsByNumber("AG-A")) {
      transaction.executeWithoutResult(status -> invoices());
      promises();
    }
  }

  public long customerId(String name) {
    return customers.findAll().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  public void reset() {
    ClockUtil.reset();
  }

  private void invoices() {
    Customer alpha = customer("Alpha GmbH");
    Customer beta = customer("Beta AG");
    Customer gamma = customer("Gamma KK");
    Invoice a = invoice("AG-A", alpha, "2026-06-01", "2026-07-15", "1000.00", EUR);
    pay(a, "200.00", "2026-06-10");
    invoice("AG-B", alpha, "2026-06-01", "2026-06-30", "50.00", EUR);
    Invoice c = invoice("AG-C", alpha, "2026-05-21", "2026-06-20", "300.00", EUR);
    credits.save(
        new Credit(c, CreditType.DISPUTE_CREDIT, eur("100.00"), "part of the goods damaged",
            LocalDate.parse("2026-06-25"), "sales"));
    PaymentPlan plan = new PaymentPlan(c, LocalDate.parse("2026-06-22"));
    plan.end(PaymentPlan.Outcome.BROKEN);
    plans.save(plan);
    c.reachStage(DunningStage.REMINDER_1);
    notices.save(
        new Notice(c, NoticeKind.REMINDER_1, NoticeChannel.EMAIL, "de", "ap@alpha.example",
            "Zahlungserinnerung AG-C", "text/html",
            "<p>Erinnerung</p>".getBytes(StandardCharsets.UTF_8), "0".repeat(64),
            Instant.parse("2026-06-24T08:00:00Z")));
    audit.record("AG-C", AuditTrail.SYSTEM, "NOTICE_SENT", "REMINDER_1 by EMAIL");
    audit.record("AG-C", "collector", "CALL_OUTCOME",
        "PAYMENT_PLAN in 3 monthly installments. Notes: customer short of cash until August");
    audit.record("AG-C", "sales", "CREDITED", "DISPUTE_CREDIT EUR 100.00: part of the goods damaged");
    audit.record("AG-C", AuditTrail.SYSTEM, "PLAN_BROKEN", "installment 1 not paid");
    Invoice d = invoice("AG-D", alpha, "2026-04-01", "2026-05-01", "400.00", EUR);
    d.reachStage(DunningStage.FINAL_NOTICE);
    pay(d, "100.00", "2026-07-05");
    Invoice e = invoice("AG-E", beta, "2026-03-01", "2026-04-01", "500.00", EUR);
    e.reachStage(DunningStage.FINAL_NOTICE);
    Invoice f = invoice("AG-F", beta, "2026-02-01", "2026-03-01", "600.00", EUR);
    f.reachStage(DunningStage.ESCALATED);
    f.changeStatus(InvoiceStatus.WITH_AGENCY);
    Invoice g = invoice("AG-G", beta, "2026-02-01", "2026-03-01", "700.00", EUR);
    pay(g, "700.00", "2026-06-01");
    g.changeStatus(InvoiceStatus.PAID);
    Invoice h = invoice("AG-H", beta, "2026-02-15", "2026-03-15", "250.00", EUR);
    pay(h, "250.00", "2026-07-02");
    h.changeStatus(InvoiceStatus.PAID);
    invoice("AG-I", beta, "2026-07-01", "2026-07-31", "999.00", EUR);
    Invoice k = invoice("AG-K", beta, "2026-06-10", "2026-06-25", "100.00", EUR);
    k.changeStatus(InvoiceStatus.PROMISED);
    k.reachStage(DunningStage.REMINDER_1);
    invoice("AG-J", gamma, "2026-05-15", "2026-06-15", "120000", JPY);
    Invoice l = invoice("AG-L", gamma, "2026-06-20", "2026-07-20", "30000", JPY);
    l.changeStatus(InvoiceStatus.PROMISED);
  }

  /**
   * The promised dates live in the case's process variable, keyed by the invoice number as
   * business key. A one-task stand-in process carries them, so no dunning step runs meanwhile.
   */
  private void promises() {
    repository
        .createDeployment()
        .name("reporting-test")
        .addModelInstance(
            "promise-holder.bpmn",
            Bpmn.createExecutableProcess("promise-holder")
                .name("Promise holder (test)")
                .startEvent()
                .userTask("Wait")
                .endEvent()
                .done())
        .deploy();
    runtime.startProcessInstanceByKey(
        "promise-holder", "AG-K", Map.of(CollectionsProcess.VAR_PROMISED_DATE, "2026-07-08"));
    runtime.startProcessInstanceByKey(
        "promise-holder", "AG-L", Map.of(CollectionsProcess.VAR_PROMISED_DATE, "2026-07-20"));
  }

  private void staff() {
    group(StaffGroups.MANAGERS);
    group(StaffGroups.COLLECTORS);
    group(StaffGroups.SALES);
    group(StaffGroups.ADMIN);
    user("manager", StaffGroups.MANAGERS);
    user("collector", StaffGroups.COLLECTORS);
    user("sales", StaffGroups.SALES);
    user("admin", StaffGroups.ADMIN);
    user("outsider", null);
    user("lockedout", StaffGroups.MANAGERS);
    tasklistFor(StaffGroups.MANAGERS);
    tasklistFor(StaffGroups.COLLECTORS);
    tasklistFor(StaffGroups.SALES);
  }

  /** Tasklist lets in only groups granted the application, as the demo set-up grants staff. */
  private void tasklistFor(String group) {
    boolean granted =
        authorizations.createAuthorizationQuery().groupIdIn(group)
            .resourceType(Resources.APPLICATION).resourceId("tasklist").count() > 0;
    if (!granted) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.APPLICATION);
      grant.setResourceId("tasklist");
      grant.addPermission(Permissions.ACCESS);
      authorizations.saveAuthorization(grant);
    }
  }

  private void group(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(id);
      identity.saveGroup(group);
    }
  }

  /** Each account's password is its name followed by "-pass", e.g. manager-pass. */
  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Fordra");
      user.setPassword(id + "-pass");
      identity.saveUser(user);
      if (group != null) {
        identity.createMembership(id, group);
      }
    }
  }

  private Customer customer(String name) {
    return customers.save(
        new Customer(name, CustomerType.BUSINESS, "DE", "de", "ap@" + name.split(" ")[0].toLowerCase()
            + ".example", "+49 30 1234567", BERLIN, Instant.parse("2026-01-01T00:00:00Z")));
  }

  private Invoice invoice(
      String number, Customer customer, String issued, String due, String amount, Currency cur) {
    return invoices.save(
        new Invoice(
            number,
            customer,
            LocalDate.parse(issued),
            LocalDate.parse(due),
            Money.exact(new BigDecimal(amount), cur),
            LocalDate.parse(issued).atStartOfDay(BERLIN).toInstant()));
  }

  private void pay(Invoice invoice, String amount, String paidOn) {
    payments.save(
        new Payment(
            invoice,
            Money.exact(new BigDecimal(amount), invoice.currency()),
            LocalDate.parse(paidOn),
            "BANK-" + invoice.getNumber() + "-" + paidOn,
            LocalDate.parse(paidOn).atStartOfDay(BERLIN).toInstant(),
            "test"));
  }

  private static Money eur(String amount) {
    return Money.exact(new BigDecimal(amount), EUR);
  }
}
