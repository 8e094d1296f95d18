package org.fordra.breathingspace;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the start and end of a customer's moratorium, on the trail of each of their open
 * invoices: the audit trail is the creditor's evidence that contact, fees and interest stopped
 * (SI 2020/1311 reg. 7).
 */
@Component
public class MoratoriumRecords {

  private static final List<String> CLOSED =
      List.of("PAID", "SETTLED", "CANCELLED", "WRITTEN_OFF");

  private final MoratoriumRepository moratoria;
  private final EntityManager entities;
  private final AuditTrail audit;
  private final Moratoria protections;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MoratoriumRecords(
      MoratoriumRepository moratoria,
      EntityManager entities,
      AuditTrail audit,
      Moratoria protections,
      ApplicationEventPublisher events,
      Clock clock) {
    this.protections = protections;
    this.events = events;
    this.moratoria = moratoria;
    this.entities = entities;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Moratorium start(Long customerId, MoratoriumKind kind, LocalDate startsOn, String reference) {
    requireCustomer(customerId);
    Moratorium moratorium =
        moratoria.save(
            new Moratorium(
                customerId, kind, startsOn, reference, audit.currentActor(), clock.instant()));
    List<String> open = openInvoices(customerId);
    open.forEach(number -> audit.record(number, "MORATORIUM_RECORDED", describe(moratorium)
        + ": no contact, fees or interest for its period (SI 2020/1311 reg. 7)"));
    LocalDate today = LocalDate.now(clock);
    protections
        .barredUntil(customerId, startsOn.isAfter(today) ? startsOn : today)
        .ifPresent(until -> events.publishEvent(new MoratoriumRecorded(
            customerId, open, until, until.atStartOfDay(zoneOf(customerId)).toInstant())));
    return moratorium;
  }

  /**
   * Ends an open mental health crisis moratorium 30 days after the treatment ended, or cancels
   * either kind from a day on.
   */
  @Transactional
  public Moratorium end(
      Long customerId, Long moratoriumId, LocalDate treatmentEndedOn, LocalDate cancelledOn) {
    Moratorium moratorium =
        moratoria
            .findById(moratoriumId)
            .filter(m -> m.getCustomerId().equals(customerId))
            .orElseThrow(
                () -> new NotFound("No moratorium " + moratoriumId + " of customer " + customerId));
    if ((treatmentEndedOn == null) == (cancelledOn == null)) {
      throw new InvalidField(
          "treatmentEndedOn", "give either treatmentEndedOn or cancelledOn, not both nor neither");
    }
    if (moratorium.getEndedAt() != null) {
      throw new Conflict("Moratorium " + moratoriumId + " was already ended on "
          + moratorium.getEndedAt());
    }
    LocalDate firstDayUnprotected;
    if (treatmentEndedOn != null) {
      if (moratorium.getKind() != MoratoriumKind.MENTAL_HEALTH_CRISIS) {
        throw new InvalidField(
            "treatmentEndedOn", "applies only to a MENTAL_HEALTH_CRISIS moratorium");
      }
      if (treatmentEndedOn.isBefore(moratorium.getStartsOn())) {
        throw new InvalidField("treatmentEndedOn", "is before the moratorium started");
      }
      // Protected until 30 days after the treatment ended: the 31st day is the first unprotected.
      firstDayUnprotected = treatmentEndedOn.plusDays(Moratorium.DAYS_AFTER_TREATMENT + 1);
    } else {
      if (cancelledOn.isBefore(moratorium.getStartsOn())) {
        throw new InvalidField("cancelledOn", "is before the moratorium started");
      }
      firstDayUnprotected = cancelledOn;
    }
    moratorium.end(firstDayUnprotected, audit.currentActor(), clock.instant());
    trail(customerId, "MORATORIUM_ENDED", describe(moratorium)
        + (treatmentEndedOn != null
            ? ", crisis treatment ended " + treatmentEndedOn
            : ", cancelled from " + cancelledOn)
        + ": the case resumes where it stopped; no interest or fees for the protected days");
    return moratorium;
  }

  private String describe(Moratorium m) {
    return m.getKind() + " moratorium " + m.getId()
        + (m.getReference() == null ? "" : " (" + m.getReference() + ")")
        + " from " + m.getStartsOn()
        + m.endsOn().map(end -> " until " + end.minusDays(1) + " included").orElse(", open-ended");
  }

  private ZoneId zoneOf(Long customerId) {
    return ZoneId.of(
        entities
            .createQuery("select c.timeZone from Customer c where c.id = :id", String.class)
            .setParameter("id", customerId)
            .getSingleResult());
  }

  private void requireCustomer(Long customerId) {
    Long found =
        entities
            .createQuery("select count(c) from Customer c where c.id = :id", Long.class)
            .setParameter("id", customerId)
            .getSingleResult();
    if (found == 0) {
      throw new NotFound("No customer " + customerId);
    }
  }

  /** On the trail of every invoice of the customer still open. */
  private void trail(Long customerId, String action, String detail) {
    openInvoices(customerId).forEach(number -> audit.record(number, action, detail));
  }

  private List<String> openInvoices(Long customerId) {
    return entities
        .createQuery(
            "select i.number from Invoice i where i.customer.id = :customer"
                + " and cast(i.status as string) not in :closed order by i.id",
            String.class)
        .setParameter("customer", customerId)
        .setParameter("closed", CLOSED)
        .getResultList();
  }
}
