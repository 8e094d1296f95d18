package org.fordra.dunning;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.disputes.DisputeRepository;
import org.fordra.ledger.Charge;
import org.fordra.fees.InterestLine;
import org.fordra.fees.LateInterest;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.fordra.notices.NoticeRepository;
import org.springframework.stereotype.Component;

/**
 * What a person sees on a task form so they can act without knowing the process: who the
 * customer is, how to reach them and what time it is there, the invoice, what is owed today and
 * what has happened so far. Written as task-local text when the task is created: the forms show
 * it, nothing computes with it, and it goes when the task is done (amounts are never read back
 * from these variables; the steps load them from the database).
 */
@Component
class TaskBriefing {

  /** The task-local display variables the forms in forms/ show (text views, never submitted). */
  static final String CUSTOMER_NAME = "customerName";
  static final String CUSTOMER_PHONE = "customerPhone";
  static final String CUSTOMER_LOCAL_TIME = "customerLocalTime";
  static final String INVOICE_SUMMARY = "invoiceSummary";
  /** Fordra's page of the invoice with its audit trail, linked from every task form. */
  static final String INVOICE_PAGE = "invoicePage";
  static final String OWED_TODAY = "owedToday";
  static final String BALANCE = "balanceText";
  static final String CONTACT_HISTORY = "contactHistory";
  static final String DISPUTE_REASON = "disputeReason";
  static final String BROKEN_COMMITMENTS = "brokenCommitments";

  private static final int SHORT_HISTORY = 5;
  /** The engine keeps a string variable in a varchar(4000) column (H2 and PostgreSQL alike). */
  static final int MAX_TEXT = 3900;
  private static final int MAX_LINE = 400;
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final InvoiceAccounts accounts;
  private final ContactLog contactLog;
  private final NoticeRepository notices;
  private final DisputeRepository disputes;
  private final AuditTrail audit;
  private final LateInterest interest;
  private final Clock clock;

  TaskBriefing(
      InvoiceAccounts accounts,
      ContactLog contactLog,
      NoticeRepository notices,
      DisputeRepository disputes,
      AuditTrail audit,
      LateInterest interest,
      Clock clock) {
    this.interest = interest;
    this.accounts = accounts;
    this.contactLog = contactLog;
    this.notices = notices;
    this.disputes = disputes;
    this.audit = audit;
    this.clock = clock;
  }

  /** The customer, the invoice and what is owed: every form shows these. */
  InvoiceAccount describeCase(DelegateTask task, Invoice invoice) {
    Customer customer = invoice.getCustomer();
    InvoiceAccount account = accounts.of(invoice);
    ZoneId zone = customer.timeZone();
    ZonedDateTime local = clock.instant().atZone(zone);
    task.setVariableLocal(CUSTOMER_NAME, shorten(customer.getName(), MAX_LINE));
    task.setVariableLocal(
        CUSTOMER_PHONE, customer.getPhone() == null ? "no phone number on file" : customer.getPhone());
    task.setVariableLocal(
        CUSTOMER_LOCAL_TIME,
        LOCAL_TIME.format(local) + " (" + zone.getId() + ", UTC" + local.getOffset() + ")");
    task.setVariableLocal(
        INVOICE_SUMMARY,
        invoice.getNumber()
            + ", issued "
            + DAY.format(invoice.getIssueDate())
            + ", due "
            + DAY.format(invoice.getDueDate())
            + ", "
            + daysOverdue(invoice)
            + " days overdue; status "
            + invoice.getStatus()
            + ", stage "
            + invoice.getStage());
    // As GET /api/invoices/{n} shows it: the booked lines, then interest accrued to today.
    InterestLine accrued = interest.lineUntil(invoice, LocalDate.now(clock)).orElse(null);
    task.setVariableLocal(OWED_TODAY, shorten(owedToday(account, accrued), MAX_TEXT));
    task.setVariableLocal(INVOICE_PAGE, "/invoices/" + invoice.getNumber());
    task.setVariableLocal(BALANCE, money(account.balance()));
    return account;
  }

  /** The last few contacts, newest first: calls from the contact log and notices sent. */
  void describeContacts(DelegateTask task, Invoice invoice) {
    ZoneId zone = invoice.getCustomer().timeZone();
    record Line(java.time.Instant at, String text) {}
    List<Line> lines = new ArrayList<>();
    contactLog.findByInvoiceIdOrderByIdAsc(invoice.getId()).forEach(
        c -> lines.add(new Line(c.getAt(),
            c.getChannel() + " " + c.getOutcome() + " (" + c.getAgent() + ")"
                + (c.getNotes() == null || c.getNotes().isBlank() ? "" : ": " + c.getNotes()))));
    notices.findByInvoiceIdOrderByIdAsc(invoice.getId()).forEach(
        n -> lines.add(new Line(n.getSentAt(), n.getKind() + " sent by " + n.getChannel())));
    List<String> shown =
        lines.stream()
            .sorted(Comparator.comparing(Line::at).reversed())
            .limit(SHORT_HISTORY)
            .map(l -> "- " + DAY.format(l.at().atZone(zone)) + " " + l.text())
            .toList();
    task.setVariableLocal(
        CONTACT_HISTORY, shown.isEmpty() ? "No contact yet." : newestThatFit(shown, false));
  }

  /** Why the customer disputes the invoice: the newest open dispute. */
  void describeDispute(DelegateTask task, Invoice invoice) {
    String reason =
        disputes
            .findFirstByInvoiceIdAndResolutionIsNullOrderByIdDesc(invoice.getId())
            .map(d -> d.getReason() + " (raised " + DAY.format(d.getRaisedAt().atZone(
                invoice.getCustomer().timeZone())) + " by " + d.getRaisedBy() + ")")
            .orElse("No reason was recorded.");
    task.setVariableLocal(DISPUTE_REASON, shorten(reason, MAX_TEXT));
  }

  /**
   * What the customer promised and did not keep: broken promises to pay (each got a notice) and
   * broken payment plans (each is on the trail), with the last day of each. A manager deciding an
   * escalation weighs these, not the whole trail (the invoice page has that).
   */
  void describeBrokenCommitments(DelegateTask task, Invoice invoice) {
    ZoneId zone = invoice.getCustomer().timeZone();
    List<java.time.Instant> promises =
        notices.findByInvoiceIdOrderByIdAsc(invoice.getId()).stream()
            .filter(n -> n.getKind() == org.fordra.notices.NoticeKind.BROKEN_PROMISE)
            .map(n -> n.getSentAt())
            .toList();
    List<java.time.Instant> plans =
        audit.of(invoice.getNumber()).stream()
            .filter(e -> e.getAction().equals("PLAN_BROKEN"))
            .map(AuditEntry::getAt)
            .toList();
    List<String> lines = new ArrayList<>();
    if (!promises.isEmpty()) {
      lines.add("- Promises to pay broken: " + promises.size() + " (the last noticed "
          + DAY.format(promises.get(promises.size() - 1).atZone(zone)) + ")");
    }
    if (!plans.isEmpty()) {
      lines.add("- Payment plans broken: " + plans.size() + " (the last "
          + DAY.format(plans.get(plans.size() - 1).atZone(zone)) + ")");
    }
    task.setVariableLocal(
        BROKEN_COMMITMENTS,
        lines.isEmpty() ? "No promise to pay or payment plan was broken." : String.join("\n", lines));
  }

  /**
   * As many lines as fit in one variable, each shortened, keeping the newest: {@code oldestFirst}
   * lists are cut at the front, newest-first lists at the end. The audit trail has the rest.
   */
  static String newestThatFit(List<String> lines, boolean oldestFirst) {
    List<String> ordered = new ArrayList<>(lines.stream().map(l -> shorten(l, MAX_LINE)).toList());
    if (oldestFirst) {
      java.util.Collections.reverse(ordered);
    }
    String more = "- (earlier entries: see the invoice's audit trail)";
    List<String> kept = new ArrayList<>();
    int length = more.length() + 1;
    for (String line : ordered) {
      if (length + line.length() + 1 > MAX_TEXT) {
        kept.add(more);
        break;
      }
      kept.add(line);
      length += line.length() + 1;
    }
    if (oldestFirst) {
      java.util.Collections.reverse(kept);
    }
    return String.join("\n", kept);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * A task's name as Tasklist lists it: who, how much and how late, so a collector picks the
   * next call from the list without opening each task ("Call Brödbolaget AB · SEK 12,950 ·
   * 8 days overdue"). Amounts grouped in thousands; cents shown only where there are any.
   */
  String headline(String what, Invoice invoice, Money balance) {
    long late = daysOverdue(invoice);
    String name = shorten(invoice.getCustomer().getName(), 80);
    String overdue = late > 0 ? " · " + late + (late == 1 ? " day" : " days") + " overdue" : "";
    return shorten(what + " " + name + " · " + grouped(balance) + overdue, 250);
  }

  static String grouped(Money money) {
    BigDecimal amount = money.amount();
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat format =
        new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return money.currency().getCurrencyCode() + " " + format.format(amount);
  }

  long daysOverdue(Invoice invoice) {
    LocalDate today = LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
    return Math.max(0, ChronoUnit.DAYS.between(invoice.getDueDate(), today));
  }

  /** Due {@code days} from now by the one clock, bigger and older debts first. */
  void dueWithin(DelegateTask task, Invoice invoice, InvoiceAccount account, int days) {
    task.setDueDate(Date.from(clock.instant().plus(days, ChronoUnit.DAYS)));
    task.setPriority(TasklistPriority.of(account.balance(), daysOverdue(invoice)));
  }

  private static String owedToday(InvoiceAccount account, InterestLine accrued) {
    List<String> lines = new ArrayList<>();
    lines.add("- Principal: " + money(account.principal()));
    for (Charge charge : account.charges()) {
      lines.add(
          "- "
              + charge.getType()
              + " ("
              + charge.getBasis()
              + ", "
              + DAY.format(charge.getChargedOn())
              + "): "
              + money(charge.amount()));
    }
    if (account.totalCredits().isPositive()) {
      lines.add("- Credited: -" + money(account.totalCredits()));
    }
    if (account.paid().isPositive()) {
      lines.add("- Paid: -" + money(account.paid()));
    }
    if (accrued == null) {
      lines.add("- **Balance: " + money(account.balance()) + "**");
    } else if (accrued.isPending()) {
      lines.add("- LATE_INTEREST (" + accrued.basis() + "): not yet known");
      lines.add("- **Balance: " + money(account.balance()) + "** plus the interest");
    } else {
      lines.add("- LATE_INTEREST (" + accrued.basis() + "): " + money(accrued.amount()));
      lines.add("- **Balance: " + money(account.balance().plus(accrued.amount())) + "**");
    }
    return String.join("\n", lines);
  }

  private static String money(Money money) {
    return money.currency().getCurrencyCode() + " " + money;
  }
}
