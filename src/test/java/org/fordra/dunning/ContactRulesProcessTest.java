package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.notices.NoticeKind.DUE_NOTICE;
import static org.fordra.notices.NoticeKind.PRE_DUE_REMINDER;
import static org.fordra.notices.NoticeKind.REMINDER_1;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.contact.CombinedNotices;
import org.fordra.dunning.contact.ContactGate;
import org.fordra.dunning.contact.ContactSettings;
import org.fordra.invoice.DunningStage;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.notices.Notice;
import org.fordra.notices.NoticeChannel;
import org.fordra.notices.NoticeKind;
import org.fordra.notices.NoticeRepository;
import org.fordra.testing.FordraTest;
import org.fordra.testing.RecordedSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact rules in the running process, with the engine clock: holidays and quiet hours move
 * a step, the weekly cap makes a fourth contact wait and then go, overdue invoices of one
 * customer share one notice, and Regulation F spaces out calls to US consumers.
 */
@FordraTest
class ContactRulesProcessTest {

  static final ZoneId BERLIN = CollectionsScenario.BERLIN;
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired CollectionsScenario scenario;
  @Autowired CaseSchedule schedule;
  @Autowired AuditTrail audit;
  @Autowired CombinedNotices combined;
  @Autowired org.fordra.notices.NoticeRepository noticeCopies;
  @Autowired ContactSettings settings;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeRepository notices;
  @Autowired ContactLog contactLog;
  @Autowired TransactionTemplate transaction;
  @Autowired org.fordra.customer.CustomerRepository customers;

  @BeforeEach
  void start() {
    scenario.today(ISSUED);
  }

  Date variable(ProcessInstance instance, String name) {
    return (Date) runtime.getVariable(instance.getId(), name);
  }

  /** A step's date in the case's schedule. */
  Date scheduled(ProcessInstance instance, String name) {
    return schedule.date(instance.getBusinessKey(), name).orElseThrow();
  }

  static Instant local(LocalDateTime time, ZoneId zone) {
    return time.atZone(zone).toInstant();
  }

  /** An earlier invoice of the same customer, with no case of its own: only its contacts matter. */
  Invoice otherInvoiceOf(Customer customer) {
    return transaction.execute(
        status ->
            invoices.save(
                new Invoice(
                    "X-" + UUID.randomUUID().toString().substring(0, 8),
                    customer,
                    ISSUED.minusMonths(2),
                    ISSUED.minusMonths(1),
                    Money.exact(new BigDecimal("50.00"), Currency.getInstance("EUR")),
                    scenario.now())));
  }

  void called(Invoice invoice, String outcome, Instant at) {
    transaction.executeWithoutResult(
        status ->
            contactLog.save(new ContactLogEntry(invoice, "PHONE", outcome, null, "collector", at)));
  }

  void noticeSent(Invoice invoice, NoticeKind kind, Instant at) {
    transaction.executeWithoutResult(
        status ->
            notices.save(
                new Notice(
                    invoice, kind, NoticeChannel.EMAIL, "de", "x@example", kind.name(), "text/html",
                    "earlier notice".getBytes(StandardCharsets.UTF_8), "0", at)));
  }

  /** The invoices the notice of {@code kind} of {@code carrier} lists beside its own. */
  List<String> alsoCovered(Invoice carrier, NoticeKind kind) {
    List<String> numbers =
        transaction.execute(
            s -> combined.alsoCovered(carrier, kind).stream().map(Invoice::getNumber).toList());
    return numbers;
  }

  String storedCopy(Invoice invoice, NoticeKind kind) {
    return transaction.execute(
        s ->
            noticeCopies.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
                .filter(n -> n.getKind() == kind)
                .map(n -> new String(n.content(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow());
  }

  List<String> auditActions(ProcessInstance instance) {
    return audit.of(instance.getBusinessKey()).stream().map(AuditEntry::getAction).toList();
  }

  @Test
  void theShippedSettingsAreTheIssuesDefaults() {
    assertThat(settings.earliest()).isEqualTo(LocalTime.of(8, 0));
    assertThat(settings.latest()).isEqualTo(LocalTime.of(20, 0));
    assertThat(settings.maxPerWeek()).isEqualTo(3);
    assertThat(settings.holidayRegions()).containsEntry("GB", "eng");
  }

  @Test
  void stepsArePlannedOnContactDaysOfTheCustomersCountry() {
    Customer swede = scenario.customer("SE", STOCKHOLM, CustomerType.CONSUMER);
    // Due on Midsummer Eve, Friday 19 June 2026: the due notice is planned for Monday 22 June.
    ProcessInstance invoice =
        scenario.register(swede, "500.00", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 19));
    assertThat(scheduled(invoice, "dueNoticeAt").toInstant())
        .isEqualTo(local(LocalDateTime.of(2026, 6, 22, 9, 0), STOCKHOLM));
    // Reminder 1 on day 3, Monday 22 June, stays.
    assertThat(scheduled(invoice, "reminder1At").toInstant())
        .isEqualTo(local(LocalDateTime.of(2026, 6, 22, 9, 0), STOCKHOLM));
  }

  @Test
  void aPreDueReminderOnAHolidayGoesOutOnTheWorkingDayBefore() {
    Customer german = scenario.customer("DE", BERLIN, CustomerType.BUSINESS);
    // Due Monday 13 April 2026: a week before is Easter Monday, and Good Friday before that.
    ProcessInstance invoice = scenario.register(german, "500.00", ISSUED, LocalDate.of(2026, 4, 13));
    assertThat(scheduled(invoice, "preDueReminderAt").toInstant())
        .isEqualTo(local(LocalDateTime.of(2026, 4, 2, 9, 0), BERLIN));
    assertThat(scheduled(invoice, "dueNoticeAt").toInstant())
        .isEqualTo(local(LocalDateTime.of(2026, 4, 13, 9, 0), BERLIN));
  }

  @Test
  void aStepThatFallsDueInTheCustomersNightWaitsForTheirMorning() {
    // Monday 13 April 2026, 22:00 in Los Angeles (05:00 UTC on the 14th): the invoice is
    // registered late, its call is due at once, but the customer is asleep.
    ClockUtil.setCurrentTime(Date.from(local(LocalDateTime.of(2026, 4, 13, 22, 0), LOS_ANGELES)));
    Customer californian = scenario.customer("US", LOS_ANGELES, CustomerType.CONSUMER);
    ProcessInstance invoice = scenario.register(californian, "80.00", ISSUED, DUE);
    scenario.runDueJobs(invoice);

    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    Instant morning = local(LocalDateTime.of(2026, 4, 14, 8, 0), LOS_ANGELES);
    assertThat(variable(invoice, ContactGate.VAR_CONTACT_AT).toInstant()).isEqualTo(morning);
    assertThat(auditActions(invoice)).contains("CONTACT_DEFERRED");

    ClockUtil.setCurrentTime(Date.from(morning.minusSeconds(60)));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    ClockUtil.setCurrentTime(Date.from(morning));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
  }

  @Test
  void aFourthContactInSevenDaysWaitsAndThenGoes() {
    Customer customer = scenario.customer("DE", BERLIN, CustomerType.CONSUMER);
    Invoice earlier = otherInvoiceOf(customer);
    // Three contacts about another invoice of the same customer: two calls and a notice.
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 3, 23, 9, 30), BERLIN));
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 3, 24, 9, 30), BERLIN));
    noticeSent(earlier, NoticeKind.REMINDER_2, local(LocalDateTime.of(2026, 3, 24, 11, 0), BERLIN));
    ProcessInstance invoice = scenario.register(customer, "1000.00", ISSUED, DUE);

    // The pre-due reminder of 25 March would be the fourth contact in 7 days.
    scenario.runUntil(LocalDate.of(2026, 3, 25), invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    assertThat(scenario.noticesSent(invoice)).isEmpty();
    // Seven days of 24 hours after the first of the three; summer time began on 29 March.
    Instant freed = local(LocalDateTime.of(2026, 3, 23, 9, 30), BERLIN).plus(Duration.ofDays(7));
    assertThat(variable(invoice, ContactGate.VAR_CONTACT_AT).toInstant()).isEqualTo(freed);
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CONTACT_DEFERRED"))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).contains("3 contacts in the last 7 days"));

    scenario.runUntil(LocalDate.of(2026, 3, 30), invoice); // 10:00 CEST, 08:00 UTC
    assertThat(scenario.noticesSent(invoice)).isEmpty();
    ClockUtil.setCurrentTime(Date.from(freed));
    scenario.runDueJobs(invoice);
    assertThat(scenario.noticesSent(invoice)).containsExactly(PRE_DUE_REMINDER);
    BpmnAwareTests.assertThat(invoice).isWaitingAt("DueDateReached");
  }

  @Test
  void aContactLetThroughCountsBeforeItsNoticeIsSent() {
    Customer customer = scenario.customer("DE", BERLIN, CustomerType.BUSINESS);
    Invoice earlier = otherInvoiceOf(customer);
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 3, 23, 9, 30), BERLIN));
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 3, 24, 9, 30), BERLIN));
    ProcessInstance first = scenario.register(customer, "400.00", ISSUED, DUE);
    ProcessInstance second = scenario.register(customer, "600.00", ISSUED, DUE);
    scenario.runUntil(LocalDate.of(2026, 3, 24), first, second);

    // 25 March: both pre-due reminders fall due. Only one place is left under the cap: the first
    // step's job takes it, and the second's gate, counting it, waits.
    scenario.at(LocalDateTime.of(2026, 3, 25, 10, 0));
    executeTimer(first);
    executeTimer(second);
    BpmnAwareTests.assertThat(first).isWaitingAt("DueDateReached");
    BpmnAwareTests.assertThat(second).isWaitingAt(ContactGate.WAIT);

    scenario.runDueJobs(first, second);
    assertThat(scenario.noticesSent(first)).containsExactly(PRE_DUE_REMINDER);
    assertThat(scenario.noticesSent(second)).isEmpty();
  }

  @Test
  void aGateReadsTheCustomerWithItsLockAndTheContactsInOneQueryAndNoCoverage() {
    Customer customer = scenario.customer("DE", BERLIN, CustomerType.BUSINESS);
    Invoice earlier = otherInvoiceOf(customer);
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 3, 23, 9, 30), BERLIN));
    noticeSent(earlier, NoticeKind.REMINDER_2, local(LocalDateTime.of(2026, 3, 24, 11, 0), BERLIN));
    ProcessInstance invoice = scenario.register(customer, "1000.00", ISSUED, DUE);
    scenario.runUntil(LocalDate.of(2026, 3, 24), invoice);

    // 25 March: the pre-due reminder's step, its gate included, in one job.
    scenario.at(LocalDateTime.of(2026, 3, 25, 10, 0));
    List<String> sql = RecordedSql.during(() -> executeTimer(invoice));

    // The customer's own reads (the outbox's read after the commit joins it to its notice).
    assertThat(sql)
        .filteredOn(statement -> statement.toLowerCase().contains(" from customer "))
        .as("the customer, read with its lock")
        .singleElement()
        .satisfies(statement -> assertThat(statement.toLowerCase()).contains("for update"));
    assertThat(RecordedSql.touching(sql, "contact_log_entry"))
        .as("the customer's calls, notices and contacts let through, in one query")
        .singleElement()
        .satisfies(
            statement ->
                assertThat(statement.toLowerCase()).contains("contact_allowance", "from notice"));
    assertThat(RecordedSql.touching(sql, "notice_coverage"))
        .as("a pre-due reminder never combines: no coverage asked for")
        .isEmpty();
    // Two contacts in the week before: the third goes now.
    assertThat(scenario.noticesSent(invoice)).containsExactly(PRE_DUE_REMINDER);
  }

  void executeTimer(ProcessInstance instance) {
    var management = engine.getManagementService();
    var timer =
        management.createJobQuery().processInstanceId(instance.getId()).timers().executable()
            .singleResult();
    management.executeJob(timer.getId());
  }

  @Test
  void twoOverdueInvoicesOfOneCustomerInAWeekShareOneNotice() {
    Customer customer = scenario.customer("DE", BERLIN, CustomerType.CONSUMER);
    ProcessInstance first = scenario.register(customer, "1000.00", ISSUED, DUE);
    ProcessInstance second = scenario.register(customer, "300.00", ISSUED, DUE.plusDays(1));

    // 1 April: the first invoice's due notice also covers the second's, due on 2 April.
    scenario.runUntil(DUE, first, second);
    Invoice firstInvoice = scenario.invoice(first);
    Invoice secondInvoice = scenario.invoice(second);
    assertThat(scenario.noticesSent(first)).containsExactly(PRE_DUE_REMINDER, DUE_NOTICE);
    assertThat(alsoCovered(firstInvoice, DUE_NOTICE)).containsExactly(second.getBusinessKey());
    // The customer reads both invoices, each with what it owes, and the sum, in the one notice.
    String dueNotice = storedCopy(firstInvoice, DUE_NOTICE);
    assertThat(dueNotice)
        .contains("Dieses Schreiben betrifft die folgenden Rechnungen")
        .contains(first.getBusinessKey(), second.getBusinessKey())
        .contains("1.000,00", "300,00", "1.300,00");

    scenario.runUntil(DUE.plusDays(1), first, second);
    assertThat(scenario.noticesSent(second)).containsExactly(PRE_DUE_REMINDER);
    assertThat(scenario.invoice(second).getStage()).isEqualTo(DunningStage.DUE_NOTICE);
    BpmnAwareTests.assertThat(second)
        .hasPassed(ContactGate.MARK_COVERED)
        .isWaitingAt("Reminder1Due");

    // Both reminders 1 fall on Tuesday 7 April, after Easter: one notice again.
    scenario.runUntil(LocalDate.of(2026, 4, 7), first, second);
    assertThat(scenario.noticesSent(first)).containsExactly(PRE_DUE_REMINDER, DUE_NOTICE, REMINDER_1);
    assertThat(scenario.noticesSent(second)).containsExactly(PRE_DUE_REMINDER);
    assertThat(alsoCovered(firstInvoice, REMINDER_1)).containsExactly(second.getBusinessKey());
    assertThat(scenario.invoice(second).getStage()).isEqualTo(DunningStage.REMINDER_1);
    assertThat(alsoCovered(secondInvoice, REMINDER_1)).isEmpty();
    assertThat(audit.of(second.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("NOTICE_COMBINED"))
        .hasSize(2);
  }

  @Test
  void regulationFKeepsACollectorFromCallingWithinAWeekOfAConversation() {
    // A US consumer spoke to a collector on Monday 6 April about another invoice.
    ClockUtil.setCurrentTime(Date.from(local(LocalDateTime.of(2026, 4, 9, 9, 0), CHICAGO)));
    Customer consumer = scenario.customer("US", CHICAGO, CustomerType.CONSUMER);
    called(otherInvoiceOf(consumer), "PROMISE_TO_PAY", local(LocalDateTime.of(2026, 4, 6, 11, 0), CHICAGO));
    ProcessInstance invoice = scenario.register(consumer, "80.00", ISSUED, DUE);
    scenario.runDueJobs(invoice);

    // 12 CFR 1006.14(b)(2)(ii): 6 April is day one of seven; Monday 13 April 08:00 is the first moment.
    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    Instant allowed = local(LocalDateTime.of(2026, 4, 13, 8, 0), CHICAGO);
    assertThat(variable(invoice, ContactGate.VAR_CONTACT_AT).toInstant()).isEqualTo(allowed);
    ClockUtil.setCurrentTime(Date.from(allowed));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
  }

  @Test
  void regulationFAllowsNoEighthCallAttemptInSevenDays() {
    ClockUtil.setCurrentTime(Date.from(local(LocalDateTime.of(2026, 4, 10, 9, 0), CHICAGO)));
    Customer consumer = scenario.customer("US", CHICAGO, CustomerType.CONSUMER);
    Invoice earlier = otherInvoiceOf(consumer);
    // Seven unanswered attempts from Monday 6 to Thursday 9 April.
    for (int day : new int[] {6, 6, 7, 7, 8, 8, 9}) {
      called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 4, day, 10, 0), CHICAGO));
    }
    ProcessInstance invoice = scenario.register(consumer, "80.00", ISSUED, DUE);
    scenario.runDueJobs(invoice);

    // 12 CFR 1006.14(b)(2)(i) alone would allow the call on Monday 13 April, when the attempts of
    // 6 April are seven days old; the weekly cap of 3 contacts holds it until the fifth oldest
    // attempt (8 April, 10:00) is a week old.
    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    assertThat(variable(invoice, ContactGate.VAR_CONTACT_AT).toInstant())
        .isEqualTo(local(LocalDateTime.of(2026, 4, 15, 10, 0), CHICAGO));
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CONTACT_DEFERRED"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getDetail())
                    .contains("7 call attempts in 7 days (12 CFR 1006.14(b)(2)(i)")
                    .contains("contacts in the last 7 days"));
  }

  @Test
  void aMassachusettsConsumerGetsNoThirdCallWithinSevenDays() {
    ZoneId boston = ZoneId.of("America/New_York");
    ClockUtil.setCurrentTime(Date.from(local(LocalDateTime.of(2026, 4, 9, 9, 0), boston)));
    Customer consumer = scenario.customer("US", boston, CustomerType.CONSUMER);
    transaction.executeWithoutResult(
        status -> {
          Customer stored = customers.findById(consumer.getId()).orElseThrow();
          stored.recordStanding(false, "US-MA");
        });
    Invoice earlier = otherInvoiceOf(consumer);
    // Two unanswered calls about another invoice, Monday 6 and Tuesday 7 April at 10:00.
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 4, 6, 10, 0), boston));
    called(earlier, "NO_CONTACT", local(LocalDateTime.of(2026, 4, 7, 10, 0), boston));
    ProcessInstance invoice = scenario.register(consumer, "80.00", ISSUED, DUE);
    scenario.runDueJobs(invoice);

    // 940 CMR 7.04(1)(f): a third call waits until the first is seven days old, Monday 13 April
    // 10:00 (Regulation F and the weekly cap of 3 contacts would allow it now).
    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    Instant allowed = local(LocalDateTime.of(2026, 4, 13, 10, 0), boston);
    assertThat(variable(invoice, ContactGate.VAR_CONTACT_AT).toInstant()).isEqualTo(allowed);
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("CONTACT_DEFERRED"))
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).contains("940 CMR 7.04(1)(f)"));
    ClockUtil.setCurrentTime(Date.from(allowed.minusSeconds(60)));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(ContactGate.WAIT);
    ClockUtil.setCurrentTime(Date.from(allowed));
    scenario.runDueJobs(invoice);
    BpmnAwareTests.assertThat(invoice).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
  }
}
