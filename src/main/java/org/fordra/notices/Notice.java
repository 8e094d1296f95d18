package org.fordra.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/**
 * The stored copy of a notice: byte for byte what was sent, with its SHA-256, and how far its
 * delivery got (the outbox, {@link NoticeDispatcher}). {@code sentAt} is the notice's date, the
 * one it bears and the law counts from; {@code dispatchedAt} is when it actually went out.
 */
@Entity
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id", updatable = false)
  private Invoice invoice;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private NoticeKind kind;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private NoticeChannel channel;

  @Column(updatable = false)
  private String language;

  @Column(updatable = false)
  private String recipient;

  @Column(updatable = false)
  private String subject;

  @Column(updatable = false)
  private String contentType;

  @Column(updatable = false)
  private byte[] content;

  @Column(updatable = false)
  private String checksum;

  @Column(updatable = false)
  private Instant sentAt;

  /** The last day to pay the notice gave, as printed; null where it gave none. */
  @Column(updatable = false)
  private LocalDate payBy;

  /** The late interest the notice stated, as printed; null where it stated none. */
  @Column(updatable = false)
  private BigDecimal interestStated;

  @Enumerated(EnumType.STRING)
  private NoticeDispatch dispatchState;

  /** The e-mail's Message-ID, fixed when stored: every send of this notice carries it. */
  private String messageId;

  /** The e-mail's plain-text alternative, kept to compose the mail when it is sent. */
  @Column(updatable = false)
  private String mailText;

  private int attempts;
  private Instant nextAttemptAt;
  private Instant claimedUntil;
  private Instant dispatchedAt;
  private String lastError;

  protected Notice() {}

  public Notice(
      Invoice invoice,
      NoticeKind kind,
      NoticeChannel channel,
      String language,
      String recipient,
      String subject,
      String contentType,
      byte[] content,
      String checksum,
      Instant sentAt) {
    this.invoice = invoice;
    this.kind = kind;
    this.channel = channel;
    this.language = language;
    this.recipient = recipient;
    this.subject = subject;
    this.contentType = contentType;
    this.content = content.clone();
    this.checksum = checksum;
    this.sentAt = sentAt;
    // A notice on record as sent, as every notice stored before the outbox; Notices queues its own.
    this.dispatchState = NoticeDispatch.SENT;
    this.dispatchedAt = sentAt;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public NoticeChannel getChannel() {
    return channel;
  }

  public String getLanguage() {
    return language;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] content() {
    return content.clone();
  }

  public String getChecksum() {
    return checksum;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public LocalDate getPayBy() {
    return payBy;
  }

  /** The late interest this notice stated, where it stated an amount. */
  public Optional<Money> interestStated() {
    return Optional.ofNullable(interestStated).map(amount -> Money.exact(amount, invoice.currency()));
  }

  /** Records the late interest this notice states; before it is first stored. */
  Notice stating(Money interest) {
    this.interestStated = interest.isPositive() ? interest.amount() : null;
    return this;
  }

  /** Records the last day to pay this notice gives; before it is first stored. */
  Notice givingUntil(LocalDate lastDay) {
    this.payBy = lastDay;
    return this;
  }

  /** Waits in the outbox, to be sent after the storing transaction commits; before it is stored. */
  Notice queued() {
    this.dispatchState = NoticeDispatch.PENDING;
    this.dispatchedAt = null;
    this.nextAttemptAt = sentAt;
    return this;
  }

  /** The e-mail's plain-text alternative; before it is first stored. */
  Notice withMailText(String text) {
    this.mailText = text;
    return this;
  }

  /** Names the e-mail once the notice has its id; every send carries this Message-ID. */
  void identifyAs(String messageId) {
    if (this.messageId != null) {
      throw new IllegalStateException("notice " + id + " already has its Message-ID");
    }
    this.messageId = messageId;
  }

  String getMessageId() {
    return messageId;
  }

  String getMailText() {
    return mailText;
  }

  public NoticeDispatch getDispatchState() {
    return dispatchState;
  }

  /** When the notice was handed to the mail server or the print outbox; null until then. */
  public Instant getDispatchedAt() {
    return dispatchedAt;
  }

  int getAttempts() {
    return attempts;
  }

  Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  String getLastError() {
    return lastError;
  }

  void dispatched(Instant now) {
    this.dispatchState = NoticeDispatch.SENT;
    this.dispatchedAt = now;
    this.claimedUntil = null;
    this.lastError = null;
  }

  /** A try failed: another after {@code retryIn}, or none (null): then the notice has FAILED. */
  void notDispatched(Instant now, String error, Duration retryIn) {
    this.claimedUntil = null;
    this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    if (retryIn == null) {
      this.dispatchState = NoticeDispatch.FAILED;
    } else {
      this.dispatchState = NoticeDispatch.PENDING;
      this.nextAttemptAt = now.plus(retryIn);
    }
  }
}
