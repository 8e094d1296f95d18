package org.fordra.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.fordra.customer.Customer;
import org.fordra.ledger.Charge;
import org.fordra.fees.InterestLine;
import org.fordra.fees.Payoff;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.reference.ReferenceScheme;
import org.fordra.money.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a notice out in the customer's language: one layout for every kind
 * ({@code templates/notices/notice.html} and its plain-text twin {@code notice.txt}), the words in
 * one message bundle per language ({@code templates/notices/messages_*.properties}), so a
 * missing sentence in one language shows up as a missing key, not as a silently different letter.
 *
 * <p>The engine is Fordra's own, not the application's view engine, so the staff pages and the
 * notices never share (or break) each other's templates and messages.
 */
@Component
class NoticeRenderer {

  static final String MESSAGES = "templates/notices/messages";

  private final SpringTemplateEngine engine;
  private final MessageSource messages;
  private final Creditor creditor;

  NoticeRenderer(Creditor creditor) {
    this.creditor = creditor;
    this.messages = messages();
    this.engine = engine(messages);
  }

  /**
   * What the process asks for: an invoice, the kind of notice, its facts, what is owed today, and
   * the customer's other invoices this notice also speaks for (a combined notice), with theirs.
   */
  record Request(
      Invoice invoice,
      NoticeKind kind,
      NoticeFacts facts,
      Payoff payoff,
      LocalDate today,
      List<AlsoOwed> alsoCovering,
      Money collectionCostsToAnnounce,
      List<NoticeKind> sentBefore) {

    Request(Invoice invoice, NoticeKind kind, NoticeFacts facts, Payoff payoff, LocalDate today) {
      this(invoice, kind, facts, payoff, today, List.of(), null, List.of());
    }

    /** The same request for a notice that follows {@code kinds} already sent for the invoice. */
    Request after(List<NoticeKind> kinds) {
      return new Request(
          invoice, kind, facts, payoff, today, alsoCovering, collectionCostsToAnnounce, kinds);
    }
  }

  /** Another invoice of the same customer that a combined notice lists, and what it owes. */
  record AlsoOwed(Invoice invoice, Payoff payoff) {}

  /** One line of the list of invoices a combined notice covers, formatted for the customer. */
  record CoveredRow(String number, String dueDate, String amount) {}

  /** One line of "what is owed today"; the label is a message key, the rest already formatted. */
  record OwedLine(String label, String date, String basis, String amount) {}

  record InstallmentRow(int number, String dueDate, String amount) {}

  RenderedNotice email(Request request) {
    return render(request, false);
  }

  RenderedNotice letter(Request request) {
    return render(request, true);
  }

  private RenderedNotice render(Request request, boolean letter) {
    Invoice invoice = request.invoice();
    Customer customer = invoice.getCustomer();
    String language = NoticeLanguage.of(customer.getLanguage());
    Locale bundle = Locale.forLanguageTag(language);
    CustomerFormat format = new CustomerFormat(customer.locale());
    Payoff payoff = request.payoff();
    NoticeFacts facts = request.facts();

    Object[] args = {
      format.date(facts.payBy()),
      format.money(payoff.total()),
      invoice.getNumber(),
      format.date(invoice.getDueDate()),
      format.money(facts.settlementAmount()),
      nonNull(creditor.name()),
      customer.getName(),
      format.money(payoff.paid()),
      String.valueOf(facts.installments().size()),
      format.date(invoice.getIssueDate()),
      nonNull(creditor.email()),
      nonNull(creditor.phone()),
      // {12}: the collection costs a Dutch 14-day letter must state (art. 6:96(6) BW).
      format.money(request.collectionCostsToAnnounce())
    };
    // The sentences follow what was actually sent before: no "despite our reminder" without one.
    Map<String, String> wording =
        NoticeWording.keys(request.kind(), request.sentBefore(), messages);
    String subject = messages.getMessage(wording.get("subject"), args, bundle);

    Map<String, Object> model = new HashMap<>();
    model.put("language", language);
    model.put("kind", request.kind().name());
    model.put("wording", wording);
    model.put("args", args);
    model.put("subject", subject);
    model.put("letter", letter);
    model.put("today", format.date(request.today()));
    model.put("customerName", customer.getName());
    model.put("addressLines", addressLines(customer));
    model.put("invoiceNumber", invoice.getNumber());
    model.put("issueDate", format.date(invoice.getIssueDate()));
    model.put("dueDate", format.date(invoice.getDueDate()));
    model.put("lines", owedLines(payoff, format, interestPeriod(bundle)));
    model.put("total", format.money(payoff.total()));
    model.put("covered", coveredRows(request, format));
    model.put("costsToAnnounce", request.collectionCostsToAnnounce() != null);
    model.put("allTogether", allTogether(request, format));
    model.put("payBy", facts.payBy() == null ? null : format.date(facts.payBy()));
    // A plan's first date is an installment's, not a date to pay everything by: the installment
    // table says it.
    model.put(
        "showDeadline",
        facts.payBy() != null && request.kind() != NoticeKind.PAYMENT_PLAN_CONFIRMATION);
    model.put(
        "settlement",
        facts.settlementAmount() == null ? null : format.money(facts.settlementAmount()));
    model.put(
        "installments",
        facts.installments().stream()
            .map(
                i ->
                    new InstallmentRow(i.number(), format.date(i.dueDate()), format.money(i.amount())))
            .toList());
    model.put("showPayment", showsPaymentDetails(request.kind()));
    model.put("creditor", creditor);
    model.put("creditorAddress", creditor.addressLines());
    // Where this currency is paid and with which reference: a Dutch customer paying EUR gets
    // the EUR account and the invoice's structured reference, not a Swedish Bankgiro number.
    Creditor.Account account = creditor.accountFor(invoice.currency());
    String reference = reference(invoice);
    model.put("account", account);
    model.put("reference", reference);
    model.put("referenceLabel", referenceLabel(invoice));
    // Scan to pay (EUR, EPC069-12) and the creditor's payment page: for what is owed today.
    model.put(
        "qrCode",
        EpcQrCode.payload(creditor.name(), account.iban(), account.bic(), payoff.total(), reference)
            .map(EpcQrCode::dataUri)
            .orElse(null));
    model.put(
        "paymentLink",
        payoff.total().isPositive()
            ? creditor.paymentLinkFor(reference, payoff.total(), invoice.getNumber()).orElse(null)
            : null);

    Context context = new Context(bundle, model);
    String html = engine.process("notice.html", context);
    String text = engine.process("notice.txt", context);
    return new RenderedNotice(language, subject, html, text);
  }

  /** This invoice first, then every other it covers: what the customer owes on each. */
  private static List<CoveredRow> coveredRows(Request request, CustomerFormat format) {
    if (request.alsoCovering().isEmpty()) {
      return List.of();
    }
    List<CoveredRow> rows = new ArrayList<>();
    rows.add(
        new CoveredRow(
            request.invoice().getNumber(),
            format.date(request.invoice().getDueDate()),
            format.money(request.payoff().total())));
    for (AlsoOwed other : request.alsoCovering()) {
      rows.add(
          new CoveredRow(
              other.invoice().getNumber(),
              format.date(other.invoice().getDueDate()),
              format.money(other.payoff().total())));
    }
    return rows;
  }

  /** The sum over all covered invoices, where they share a currency; none otherwise. */
  private static String allTogether(Request request, CustomerFormat format) {
    if (request.alsoCovering().isEmpty()) {
      return null;
    }
    Money sum = request.payoff().total();
    for (AlsoOwed other : request.alsoCovering()) {
      if (!other.payoff().total().currency().equals(sum.currency())) {
        return null;
      }
      sum = sum.plus(other.payoff().total());
    }
    return format.money(sum);
  }

  /**
   * After the hand-over the customer pays the agency, and after payment there is nothing to pay:
   * printing our bank details then would only send money to the wrong place.
   */
  private static boolean showsPaymentDetails(NoticeKind kind) {
    return kind != NoticeKind.AGENCY_HANDOVER && kind != NoticeKind.PAID_RECEIPT;
  }

  private static List<OwedLine> owedLines(
      Payoff payoff, CustomerFormat format, BinaryOperator<String> period) {
    Money zero = Money.zero(payoff.principal().currency());
    List<OwedLine> lines = new ArrayList<>();
    lines.add(new OwedLine("line.principal", "", "", format.money(payoff.principal())));
    if (payoff.credits().isPositive()) {
      lines.add(new OwedLine("line.credits", "", "", format.money(zero.minus(payoff.credits()))));
    }
    for (Charge charge : payoff.charges()) {
      lines.add(
          new OwedLine(
              "charge." + charge.getType().name(),
              format.date(charge.getChargedOn()),
              nonNull(charge.getBasis()),
              format.money(charge.amount())));
    }
    InterestLine interest = payoff.interestLine();
    if (interest != null && !interest.isPending()) {
      lines.add(
          new OwedLine(
              "line.interest",
              format.date(payoff.asOf()),
              interestBasis(interest, format, period),
              format.money(interest.amount())));
    }
    if (payoff.interestPending()) {
      lines.add(
          new OwedLine(
              "line.interestPending",
              format.date(payoff.asOf()),
              interestBasis(interest, format, period),
              ""));
    }
    if (payoff.paid().isPositive()) {
      lines.add(new OwedLine("line.paid", "", "", format.money(zero.minus(payoff.paid()))));
    }
    return lines;
  }

  /**
   * The law, then each stretch of days with the yearly rate applied ("1. Juni 2025 bis 30. Juni
   * 2025: 11,27 % (2,27 + 9)"), in the customer's dates and numbers; while a rate is pending, the
   * law and the days interest runs for.
   */
  private static String interestBasis(
      InterestLine interest, CustomerFormat format, BinaryOperator<String> period) {
    if (interest.isPending()) {
      return interest.law() + "; " + period.apply(format.date(interest.from()), format.date(interest.to()));
    }
    List<String> parts = new ArrayList<>();
    parts.add(interest.law());
    for (InterestLine.RatePeriod rate : interest.rates()) {
      parts.add(
          period.apply(format.date(rate.from()), format.date(rate.to()))
              + ": " + rate.rate(format::number));
    }
    return String.join("; ", parts);
  }

  /** "{0} to {1}" in the notice's language. */
  private BinaryOperator<String> interestPeriod(Locale bundle) {
    return (from, to) -> messages.getMessage("line.interestPeriod", new Object[] {from, to}, bundle);
  }

  /** The structured reference; the invoice number only for invoices registered before it. */
  private static String reference(Invoice invoice) {
    String reference = invoice.getPaymentReference();
    return reference == null || reference.isBlank() ? invoice.getNumber() : reference;
  }

  /**
   * What the payer's bank calls the field the reference goes in: "OCR-nummer" for a Bankgiro
   * payment, "KID" in Norway, "betalingskenmerk" in the Netherlands, an RF creditor reference
   * (ISO 11649) anywhere else; the plain "payment reference" for an invoice number.
   */
  private static String referenceLabel(Invoice invoice) {
    String reference = invoice.getPaymentReference();
    if (reference == null || reference.isBlank()) {
      return "common.reference";
    }
    if (ReferenceScheme.RF.isValid(reference)) {
      return "reference.RF";
    }
    return switch (invoice.currency().getCurrencyCode()) {
      case "SEK" -> "reference.OCR";
      case "NOK" -> "reference.KID";
      case "EUR" -> "reference.BETALINGSKENMERK";
      default -> "common.reference";
    };
  }

  private static List<String> addressLines(Customer customer) {
    String address = customer.getPostalAddress();
    return address == null
        ? List.of()
        : address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename(MESSAGES);
    source.setDefaultEncoding("UTF-8");
    // English is the base bundle: a language Fordra does not write gets English, never the
    // server's own locale.
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  private static SpringTemplateEngine engine(MessageSource messages) {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/notices/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
