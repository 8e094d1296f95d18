package org.fordra.breathingspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A moratorium as the API shows it, on the customer and on each of their invoices. {@code endsOn}
 * is the first day no longer protected; null while a mental health crisis moratorium is open.
 */
public record MoratoriumView(
    Long id,
    MoratoriumKind kind,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean activeToday,
    String reference,
    String recordedBy,
    Instant recordedAt,
    String endedBy,
    Instant endedAt) {

  public static MoratoriumView of(Moratorium m, LocalDate today) {
    return new MoratoriumView(
        m.getId(),
        m.getKind(),
        m.getStartsOn(),
        m.endsOn().orElse(null),
        m.covers(today),
        m.getReference(),
        m.getRecordedBy(),
        m.getRecordedAt(),
        m.getEndedBy(),
        m.getEndedAt());
  }
}
