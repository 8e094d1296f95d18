package org.fordra.notices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.Delivery;
import org.fordra.fees.FourteenDayLetter;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and stores one notice the way the customer wants it: e-mail, letter or both.
 *
 * <p>Runs inside the transaction of the process step (its job), and talks to nobody outside it:
 * the notice is rendered, the PDF printed, the copies stored (each row written once) with a
 * PENDING {@link Dispatch} carrying the e-mail's Message-ID (flushed, so a database error surfaces
 * now) and the audit lines written. Only after the step's commit does {@link NoticeDispatcher}
 * mail the e-mail and put the letter in the print outbox. A step that fails rolls its notices
 * back before anything went out, and its retry stores (and names) them afresh; a notice on
 * record is sent at least once, always as the same message.
 */
@Component
public class Notices {

  static final String HTML = "text/html;charset=UTF-8";
  static final String PDF = "application/pdf";

  private final NoticeRepository repository;
  private final SentNotices sentNotices;
  private final DispatchRepository dispatches;
  private final Payoffs payoffs;
  private final CarriedInvoices combinedNotices;
  private final FourteenDayLetter fourteenDayLetter;
  private final NoticeRenderer renderer;
  private final LetterPrinter printer;
  private final NoticeDispatcher dispatcher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String messageIdDomain;

  Notices(
      NoticeRepository repository,
      SentNotices sentNotices,
      DispatchRepository dispatches,
      Payoffs payoffs,
      CarriedInvoices combinedNotices,
      FourteenDayLetter fourteenDayLetter,
      NoticeRenderer renderer,
      LetterPrinter printer,
      NoticeDispatcher dispatcher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${fordra.notices.message-id-domain:}") String messageIdDomain,
      @Value("${fordra.notices.from}") String from) {
    this.repository = repository;
    this.sentNotices = sentNotices;
    this.dispatches = dispatches;
    this.payoffs = payoffs;
    this.combinedNotices = combinedNotices;
    this.fourteenDayLetter = fourteenDayLetter;
    this.renderer = renderer;
    this.printer = printer;
    this.dispatcher = dispatcher;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.messageIdDomain = messageIdDomain.isBlank() ? domainOf(from) : messageIdDomain;
  }

  /**
   * Stores the notice for sending after the commit and returns its stored copy (the e-mail's,
   * when it goes both ways).
   */
  @Transactional
  public Notice send(Invoice invoice, NoticeKind kind, NoticeFacts facts) {
    return sendStating(invoice, kind, facts).notice();
  }

  /** A notice stored for sending (the e-mail's copy, when it goes both ways) and its payoff. */
  public record Sent(Notice notice, Payoff payoff) {}

  /** As {@link #send}, with the payoff the notice states. */
  @Transactional
  public Sent sendStating(Invoice invoice, NoticeKind kind, NoticeFacts facts) {
    Customer customer = invoice.getCustomer();
    LocalDate today = LocalDate.now(clock.withZone(customer.timeZone()));
    Instant sentAt = clock.instant();
    Payoff payoff = payoffs.asOfForNotice(invoice, today);
    // A combined notice lists the customer's other invoices whose notice of this level it carries.
    List<NoticeRenderer.AlsoOwed> alsoCovering =
        combinedNotices.alsoCovered(invoice, kind).stream()
            .map(other -> new NoticeRenderer.AlsoOwed(other, payoffs.asOfForNotice(other, today)))
            .toList();
    NoticeRenderer.Request request =
        new NoticeRenderer.Request(
            invoice,
            kind,
            facts,
            payoff,
            today,
            alsoCovering,
            kind == NoticeKind.FINAL_NOTICE
                ? fourteenDayLetter.collectionCostsToAnnounce(invoice, payoff).orElse(null)
                : null,
            // What was sent before, from the stored copies: the words refer to nothing else.
            sentNotices.of(invoice.getId()).stream().map(SentNotice::kind).toList());
    Delivery delivery = customer.getDelivery() == null ? Delivery.EMAIL : customer.getDelivery();

    List<Notice> stored = new ArrayList<>();
    if (delivery.byEmail()) {
      RenderedNotice rendered = NoticeMail.asMailed(renderer.email(request));
      byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
      Notice email =
          store(invoice, kind, NoticeChannel.EMAIL, rendered, customer.getEmail(), HTML, html, sentAt,
              facts.payBy(), payoff.interest());
      dispatches.save(new Dispatch(email.getId(), messageId(email), sentAt));
      stored.add(email);
    }
    if (delivery.byLetter()) {
      RenderedNotice rendered = renderer.letter(request);
      byte[] letterPdf = printer.print(rendered.html());
      Notice letter =
          store(invoice, kind, NoticeChannel.LETTER, rendered, postalRecipient(customer), PDF,
              letterPdf, sentAt, facts.payBy(), payoff.interest());
      dispatches.save(new Dispatch(letter.getId(), null, sentAt));
      stored.add(letter);
    }
    repository.flush();
    for (Notice notice : stored) {
      audit.record(
          invoice.getNumber(),
          AuditTrail.SYSTEM,
          "NOTICE_SENT",
          kind + " by " + notice.getChannel() + " in " + notice.getLanguage() + " to "
              + notice.getRecipient() + ", copy: /api/notices/" + notice.getId());
    }
    dispatcher.sendAfterCommit(stored.stream().map(Notice::getId).toList());
    events.publishEvent(new NoticeOnRecord(invoice.getId(), kind));
    return new Sent(stored.get(0), payoff);
  }

  /** Unique and not guessable from the id alone (RFC 5322 3.6.4: a unique identifier). */
  private String messageId(Notice notice) {
    return "<notice-" + notice.getId() + "." + UUID.randomUUID().toString().replace("-", "")
        + "@" + messageIdDomain + ">";
  }

  /** The domain of the sender's address ("Fordra <collections@fordra.example>"). */
  static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    String domain = at < 0 ? "" : address.substring(at + 1).replace(">", "").strip();
    return domain.isEmpty() ? "localhost" : domain;
  }

  private Notice store(
      Invoice invoice,
      NoticeKind kind,
      NoticeChannel channel,
      RenderedNotice rendered,
      String recipient,
      String contentType,
      byte[] content,
      Instant sentAt,
      LocalDate payBy,
      Money interest) {
    return repository.save(
        new Notice(
            invoice,
            kind,
            channel,
            rendered.language(),
            clip(recipient, 320),
            clip(rendered.subject(), 300),
            contentType,
            content,
            sha256(content),
            sentAt)
            .withMailText(channel == NoticeChannel.EMAIL ? rendered.text() : null)
            .givingUntil(payBy)
            .stating(interest));
  }

  private static String postalRecipient(Customer customer) {
    String address = customer.getPostalAddress();
    return address == null || address.isBlank()
        ? customer.getName()
        : customer.getName() + ", " + String.join(", ", address.strip().lines().map(String::strip).toList());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
