package org.fordra.statements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.fordra.money.Money;

/**
 * One entry of a received bank file and what became of it. {@code bookingKey} is set only on the
 * first sighting of the bank's entry reference, and it is unique in the database: an entry is
 * booked at most once, whichever file and however often it comes.
 */
@Entity
@Table(name = "statement_entry")
public class StatementEntry {

  /** What a person decided for an entry nothing matched (MatchPayment's {@code matchAction}). */
  public enum Resolution {
    BOOK,
    REFUND,
    ON_ACCOUNT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "statement_id")
  private BankStatement statement;

  private int entryIndex;

  private String entryKey;

  private String bookingKey;

  @Enumerated(EnumType.STRING)
  private EntryStatus status;

  private boolean credit;

  private BigDecimal amount;

  private String currency;

  private LocalDate bookedOn;

  private String payer;

  /** The structured references, separated by a space (none contains one once normalised). */
  private String structuredReferences;

  private String remittanceText;

  private String endToEndId;

  private String returnReason;

  private Long returnedEntryId;

  /** The invoice numbers it was booked to, comma-separated. */
  private String invoices;

  @Enumerated(EnumType.STRING)
  private Resolution resolution;

  private String resolutionNotes;

  private String resolvedBy;

  private String processInstanceId;

  protected StatementEntry() {}

  StatementEntry(BankStatement statement, int entryIndex, ReportedEntry reported, Money amount) {
    this.statement = statement;
    this.entryIndex = entryIndex;
    this.entryKey = cut(reported.key(), 200);
    this.credit = reported.credit();
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.bookedOn = reported.bookedOn();
    this.payer = cut(reported.payer(), 200);
    this.structuredReferences =
        reported.structuredReferences().isEmpty()
            ? null
            : cut(String.join(" ", reported.structuredReferences().stream()
                .map(EntryMatching::normalised).toList()), 1000);
    this.remittanceText = cut(reported.text(), 2000);
    this.endToEndId = cut(reported.endToEndId(), 100);
    this.returnReason = cut(reported.returnReason(), 40);
    this.status = EntryStatus.UNMATCHED;
  }

  private static String cut(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public BankStatement getStatement() {
    return statement;
  }

  public int getEntryIndex() {
    return entryIndex;
  }

  public String getEntryKey() {
    return entryKey;
  }

  public EntryStatus getStatus() {
    return status;
  }

  public boolean isCredit() {
    return credit;
  }

  public Money amount() {
    return Money.exact(amount, Currency.getInstance(currency));
  }

  public LocalDate getBookedOn() {
    return bookedOn;
  }

  public String getPayer() {
    return payer;
  }

  public List<String> structuredReferences() {
    return structuredReferences == null ? List.of() : Arrays.asList(structuredReferences.split(" "));
  }

  public String getRemittanceText() {
    return remittanceText;
  }

  public String getEndToEndId() {
    return endToEndId;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public Long getReturnedEntryId() {
    return returnedEntryId;
  }

  public List<String> invoiceNumbers() {
    return invoices == null ? List.of() : Arrays.asList(invoices.split(","));
  }

  public Resolution getResolution() {
    return resolution;
  }

  public String getResolutionNotes() {
    return resolutionNotes;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** The first sighting of the bank's reference: takes the unique booking key. */
  void claimBookingKey() {
    this.bookingKey = entryKey;
  }

  void duplicate() {
    this.status = EntryStatus.DUPLICATE;
  }

  void booked(List<String> invoiceNumbers) {
    this.status = EntryStatus.BOOKED;
    this.invoices = invoiceNumbers.isEmpty() ? null : cut(String.join(",", invoiceNumbers), 2000);
  }

  void returned(Long originalEntryId, List<String> invoiceNumbers) {
    this.status = EntryStatus.RETURNED;
    this.returnedEntryId = originalEntryId;
    this.invoices = invoiceNumbers.isEmpty() ? null : cut(String.join(",", invoiceNumbers), 2000);
  }

  void waitsForAPerson(String processInstanceId) {
    this.status = EntryStatus.UNMATCHED;
    this.processInstanceId = processInstanceId;
  }

  void resolve(Resolution resolution, String notes, String by) {
    this.resolution = resolution;
    this.resolutionNotes = cut(notes, 2000);
    this.resolvedBy = by;
  }
}
