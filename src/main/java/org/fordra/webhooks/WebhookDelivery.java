package org.fordra.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** One event on its way to one endpoint. */
@Entity
class WebhookDelivery {

  /** Retries wait 10 s, 20 s, 40 s ... at most an hour, and never give up. */
  static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  static final Duration LONGEST_WAIT = Duration.ofHours(1);
  static final int MAX_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String eventId;
  private String eventType;
  private String endpointUrl;
  private String body;
  private Instant createdAt;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant lockedUntil;
  private Instant deliveredAt;
  private String lastError;

  protected WebhookDelivery() {}

  WebhookDelivery(String eventId, String eventType, String endpointUrl, String body, Instant now) {
    this.eventId = eventId;
    this.eventType = eventType;
    this.endpointUrl = endpointUrl;
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void delivered(Instant now) {
    attempts++;
    deliveredAt = now;
    lockedUntil = null;
    lastError = null;
  }

  void failed(Instant now, String error) {
    attempts++;
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration wait = FIRST_RETRY.multipliedBy(factor);
    nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    lockedUntil = null;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
  }

  Long getId() {
    return id;
  }

  String getEventId() {
    return eventId;
  }

  String getEventType() {
    return eventType;
  }

  String getEndpointUrl() {
    return endpointUrl;
  }

  String getBody() {
    return body;
  }

  int getAttempts() {
    return attempts;
  }

  Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  Instant getDeliveredAt() {
    return deliveredAt;
  }

  String getLastError() {
    return lastError;
  }
}
