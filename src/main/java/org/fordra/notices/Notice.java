package org.fordra.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;
import org.hibernate.annotations.Immutable;

/**
 * The stored copy of a notice: byte for byte what was sent, with its SHA-256. {@code sentAt} is
 * the notice's date, the one it bears and the law counts from. Written once and never updated by
 * Fordra (erasure of personal data aside): how far its delivery got is its {@link Dispatch}.
 */
@Entity
@Immutable
@EntityListeners(NoticeStored.class)
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

  /** Stored packed (PackedCopy); read back byte for byte as sent. */
  @Column(updatable = false)
  @Convert(converter = PackedCopy.Bytes.class)
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

  /** The e-mail's plain-text alternative, kept to compose the mail when it is sent. */
  @Column(updatable = false)
  @Convert(converter = PackedCopy.Text.class)
  private String mailText;

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

  /** The e-mail's plain-text alternative; before it is first stored. */
  Notice withMailText(String text) {
    this.mailText = text;
    return this;
  }

  String getMailText() {
    return mailText;
  }
}
