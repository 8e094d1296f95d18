package org.fordra.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.ledger.Charge;
import org.fordra.fees.ChargeLines;
import org.fordra.fees.InterestLine;
import org.fordra.fees.LateInterest;
import org.fordra.ledger.Credit;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceView.ChargeLine;
import org.fordra.notices.NoticeRepository;
import org.fordra.ledger.Payment;
import org.fordra.payments.InstallmentStatus;
import org.fordra.payments.PaymentPlanRepository;
import org.fordra.ledger.PaymentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Everything the invoice page shows about one claim, read in one transaction. */
@Component
public class InvoiceFile {

  /** A notice; {@code sentAt} null while it waits in the outbox or after it FAILED ({@code state}). */
  public record NoticeLine(
      long id, String kind, String channel, String language, Instant sentAt, String state) {}

  public record AuditLine(Instant at, String actor, String action, String detail) {

    boolean matches(String query) {
      String q = query.toLowerCase(Locale.ROOT);
      return actor.toLowerCase(Locale.ROOT).contains(q)
          || action.toLowerCase(Locale.ROOT).contains(q)
          || detail.toLowerCase(Locale.ROOT).contains(q)
          || at.toString().contains(q);
    }
  }

  /** One installment of the invoice's latest payment plan, and whether it is paid. */
  public record InstallmentLine(int number, LocalDate dueDate, org.fordra.money.Money amount, boolean paid) {}

  /** The invoice's latest payment plan: when it was agreed, how it ended (null: running). */
  public record Plan(LocalDate agreedOn, String outcome, List<InstallmentLine> installments) {}

  public record File(
      Invoice invoice,
      Customer customer,
      InvoiceAccount account,
      List<Charge> charges,
      List<ChargeLine> chargeLines,
      String owedToday,
      List<Credit> credits,
      List<Payment> payments,
      List<NoticeLine> notices,
      List<AuditLine> audit,
      Plan plan) {}

  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final PaymentRepository payments;
  private final NoticeRepository notices;
  private final AuditTrail trail;
  private final LateInterest interest;
  private final Clock clock;
  private final PaymentPlanRepository plans;
  private final InstallmentStatus installments;

  InvoiceFile(
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      PaymentRepository payments,
      NoticeRepository notices,
      AuditTrail trail,
      LateInterest interest,
      Clock clock,
      PaymentPlanRepository plans,
      InstallmentStatus installments) {
    this.plans = plans;
    this.installments = installments;
    this.interest = interest;
    this.clock = clock;
    this.invoices = invoices;
    this.accounts = accounts;
    this.payments = payments;
    this.notices = notices;
    this.trail = trail;
  }

  @Transactional(readOnly = true)
  public Optional<File> of(String number) {
    return invoices.findByNumber(number).map(this::read);
  }

  /** The audit trail, oldest first; with a query, only the lines that contain it. */
  @Transactional(readOnly = true)
  public List<AuditLine> audit(String number, String query) {
    List<AuditLine> lines =
        trail.of(number).stream()
            .map(InvoiceFile::line)
            .toList();
    if (query == null || query.isBlank()) {
      return lines;
    }
    return lines.stream().filter(line -> line.matches(query.trim())).toList();
  }

  private static AuditLine line(AuditEntry entry) {
    return new AuditLine(entry.getAt(), entry.getActor(), entry.getAction(), entry.getDetail());
  }

  private File read(Invoice invoice) {
    Customer customer = invoice.getCustomer();
    customer.getName(); // loaded now, inside the transaction
    InvoiceAccount account = accounts.of(invoice);
    account.charges().forEach(Charge::amount);
    account.credits().forEach(Credit::amount);
    List<Payment> paid = payments.findByInvoiceIdOrderByIdAsc(invoice.getId());
    List<NoticeLine> sent =
        notices.dispatchedFor(invoice.getId()).stream()
            .map(
                d ->
                    new NoticeLine(
                        d.notice().getId(), d.notice().getKind().name(),
                        d.notice().getChannel().name(), d.notice().getLanguage(),
                        d.dispatchedAt(), d.state().name()))
            .toList();
    // The same lines and balance as GET /api/invoices/{n}: booked charges, then interest to date.
    LocalDate today = LocalDate.now(clock);
    InterestLine accrued = interest.lineUntil(invoice, today).orElse(null);
    return new File(
        invoice,
        customer,
        account,
        account.charges(),
        ChargeLines.of(account.charges(), accrued, today),
        ChargeLines.owedToday(account, accrued).toString(),
        account.credits(),
        paid,
        sent,
        audit(invoice.getNumber(), null),
        plan(invoice));
  }

  private Plan plan(Invoice invoice) {
    return plans
        .findFirstByInvoiceIdOrderByIdDesc(invoice.getId())
        .map(
            plan ->
                new Plan(
                    plan.getAgreedOn(),
                    plan.getOutcome() == null ? null : plan.getOutcome().name(),
                    plan.getInstallments().stream()
                        .map(
                            i ->
                                new InstallmentLine(
                                    i.getNumber(),
                                    i.getDueDate(),
                                    i.amount(),
                                    installments.isPaid(invoice, i.getNumber())))
                        .toList()))
        .orElse(null);
  }
}
