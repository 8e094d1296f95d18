package org.fordra.notices;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.Delivery;
import org.fordra.dunning.contact.CombinedNotices;
import org.fordra.fees.FourteenDayLetter;
import org.fordra.fees.Payoff;
import org.fordra.fees.Payoffs;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes, stores and sends one notice the way the customer wants it: e-mail, letter or both.
 *
 * <p>Runs inside the transaction of the process step (its job). Everything that can fail comes
 * first: rendering, the PDF, storing the copies (flushed, so a database error surfaces now), the
 * audit lines, the letter written (but not yet visible) in the outbox. The e-mail goes last, and
 * only then is the letter moved into the outbox. If the e-mail fails, the exception fails the job,
 * the letter is dropped and the stored copies and audit lines roll back; the engine retries the
 * whole step later. So the customer never gets a notice Fordra has no copy of, and a retry never
 * finds an earlier row to duplicate. (Left over is the window every SMTP sender has: the server
 * accepts the mail and the commit after it fails; the retry then mails once more.)
 */
@Component
public class Notices {

  static final String HTML = "text/html;charset=UTF-8";
  static final String PDF = "application/pdf";

  private final NoticeRepository repository;
  private final Payoffs payoffs;
  private final CombinedNotices combinedNotices;
  private final FourteenDayLetter fourteenDayLetter;
  private final NoticeRenderer renderer;
  private final LetterPrinter printer;
  private final NoticeMail mail;
  private final NoticeOutbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  Notices(
      NoticeRepository repository,
      Payoffs payoffs,
      CombinedNotices combinedNotices,
      FourteenDayLetter fourteenDayLetter,
      NoticeRenderer renderer,
      LetterPrinter printer,
      NoticeMail mail,
      NoticeOutbox outbox,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.payoffs = payoffs;
    this.combinedNotices = combinedNotices;
    this.fourteenDayLetter = fourteenDayLetter;
    this.renderer = renderer;
    this.printer = printer;
    this.mail = mail;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** Sends the notice and returns its stored copy (the e-mail's, when it goes both ways). */
  @Transactional
  public Notice send(Invoice invoice, NoticeKind kind, NoticeFacts facts) {
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
            repository.sentFor(invoice.getId()).stream().map(SentNotice::kind).toList());
    Delivery delivery = customer.getDelivery() == null ? Delivery.EMAIL : customer.getDelivery();

    List<Notice> stored = new ArrayList<>();
    MimeMessage email = null;
    byte[] letterPdf = null;
    if (delivery.byEmail()) {
      RenderedNotice rendered = NoticeMail.asMailed(renderer.email(request));
      email = mail.compose(customer.getEmail(), rendered, sentAt);
      byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
      stored.add(
          store(invoice, kind, NoticeChannel.EMAIL, rendered, customer.getEmail(), HTML, html, sentAt,
              facts.payBy(), payoff.interest()));
    }
    if (delivery.byLetter()) {
      RenderedNotice rendered = renderer.letter(request);
      letterPdf = printer.print(rendered.html());
      stored.add(
          store(invoice, kind, NoticeChannel.LETTER, rendered, postalRecipient(customer), PDF,
              letterPdf, sentAt, facts.payBy(), payoff.interest()));
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
    Notice emailCopy = copy(stored, NoticeChannel.EMAIL);
    Notice letterCopy = copy(stored, NoticeChannel.LETTER);
    NoticeOutbox.Staged letter =
        letterPdf == null
            ? null
            : outbox.stage(NoticeOutbox.fileName(invoice, letterCopy, today), letterPdf);
    try {
      if (email != null) {
        mail.deliver(email, NoticeOutbox.fileName(invoice, emailCopy, today));
      }
    } catch (RuntimeException e) {
      // The step fails and is retried whole: no letter may go to the printer for it meanwhile.
      if (letter != null) {
        letter.discard();
      }
      throw e;
    }
    if (letter != null) {
      letter.publish();
    }
    return stored.get(0);
  }

  private static Notice copy(List<Notice> stored, NoticeChannel channel) {
    return stored.stream().filter(n -> n.getChannel() == channel).findFirst().orElse(null);
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
