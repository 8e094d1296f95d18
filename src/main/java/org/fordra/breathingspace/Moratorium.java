package org.fordra.breathingspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Breathing Space moratorium recorded on a customer (SI 2020/1311). While it runs the creditor
 * may not contact the debtor to ask for payment nor take enforcement action (regs. 7 and 11),
 * and no interest, fee or charge accrues on the debt for its period (reg. 7).
 */
@Entity
@EntityListeners(Moratorium.Recorded.class)
public class Moratorium {

  /** Reg. 26: a breathing space moratorium lasts 60 days, the day it starts being the first. */
  static final int STANDARD_DAYS = 60;

  /** Part 3: a mental health crisis moratorium ends 30 days after the crisis treatment ends. */
  static final int DAYS_AFTER_TREATMENT = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id")
  private Long customerId;

  @Enumerated(EnumType.STRING)
  private MoratoriumKind kind;

  private LocalDate startsOn;

  /** The first day no longer protected; null while a mental health crisis moratorium is open. */
  private LocalDate endsOn;

  /** The Insolvency Service's reference for the moratorium, as the notice to the creditor gives it. */
  private String reference;

  private String recordedBy;
  private Instant recordedAt;
  private String endedBy;
  private Instant endedAt;

  protected Moratorium() {}

  Moratorium(
      Long customerId,
      MoratoriumKind kind,
      LocalDate startsOn,
      String reference,
      String recordedBy,
      Instant recordedAt) {
    this.customerId = customerId;
    this.kind = kind;
    this.startsOn = startsOn;
    this.endsOn = kind == MoratoriumKind.STANDARD ? startsOn.plusDays(STANDARD_DAYS) : null;
    this.reference = reference;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /**
   * Ends the moratorium on the first day that is no longer protected: 30 days after the crisis
   * treatment ended (Part 3 of the Regulations), or earlier where it was cancelled (regs. 18, 19), never later than
   * a standard moratorium's own end.
   */
  void end(LocalDate firstDayUnprotected, String by, Instant at) {
    this.endsOn =
        endsOn != null && endsOn.isBefore(firstDayUnprotected) ? endsOn : firstDayUnprotected;
    this.endedBy = by;
    this.endedAt = at;
  }

  /** The days protected, an open moratorium counted up to {@code openUntil} (excluded). */
  public Respite respite(LocalDate openUntil) {
    return new Respite(startsOn, endsOn == null ? openUntil : endsOn);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && (endsOn == null || day.isBefore(endsOn));
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public MoratoriumKind getKind() {
    return kind;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }

  public String getReference() {
    return reference;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  /** Tells {@link Moratoria} that a customer's moratoria changed in this transaction. */
  static class Recorded {

    @PrePersist
    @PreRemove
    void changed(Moratorium moratorium) {
      Moratoria.changed(moratorium.getCustomerId());
    }
  }
}
