package org.fordra.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, after the changes committed: each delivery is claimed in a short
 * transaction (so two nodes never send the same one at once), posted with no transaction or
 * connection held, then marked delivered or given its next try. A receiver may see an event
 * twice (a crash between its 2xx and the mark); the event's {@code id} lets it ignore the second.
 */
@Component
class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  static final int BATCH = 50;
  static final Duration CLAIM = Duration.ofMinutes(2);
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final WebhookDeliveryRepository deliveries;
  private final WebhookEndpoints endpoints;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  WebhookDispatcher(
      WebhookDeliveryRepository deliveries,
      WebhookEndpoints endpoints,
      TransactionTemplate transaction,
      Clock clock) {
    this.deliveries = deliveries;
    this.endpoints = endpoints;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${fordra.webhook-dispatch.interval:PT2S}",
      fixedDelayString = "${fordra.webhook-dispatch.interval:PT2S}")
  void scheduled() {
    if (!endpoints.webhooks().isEmpty()) {
      dispatchDue();
    }
  }

  /** Sends every delivery that is due now; returns how many were delivered. */
  int dispatchDue() {
    Instant now = clock.instant();
    List<Long> due = deliveries.due(now, PageRequest.of(0, BATCH));
    int delivered = 0;
    for (Long id : due) {
      WebhookDelivery delivery = claim(id, now);
      if (delivery != null && send(delivery)) {
        delivered++;
      }
    }
    return delivered;
  }

  private WebhookDelivery claim(Long id, Instant now) {
    return transaction.execute(status ->
        deliveries.claim(id, now, now.plus(CLAIM)) == 1 ? deliveries.findById(id).orElse(null) : null);
  }

  private boolean send(WebhookDelivery delivery) {
    String secret = endpoints.secretFor(delivery.getEndpointUrl());
    String error;
    if (secret == null) {
      error = "endpoint no longer configured";
    } else {
      long unixSeconds = clock.instant().getEpochSecond();
      try {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(delivery.getEndpointUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER,
                    WebhookSignature.header(secret, unixSeconds, delivery.getBody()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.getBody()))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        error = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
      } catch (IOException | IllegalArgumentException unreachable) {
        error = unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage();
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
        error = "interrupted";
      }
    }
    String outcome = error;
    transaction.executeWithoutResult(status -> {
      WebhookDelivery current = deliveries.findById(delivery.getId()).orElseThrow();
      if (outcome == null) {
        current.delivered(clock.instant());
      } else {
        current.failed(clock.instant(), outcome);
      }
    });
    if (error != null) {
      log.warn("Webhook {} {} to {} failed ({}); retried later",
          delivery.getEventType(), delivery.getEventId(), delivery.getEndpointUrl(), error);
    }
    return error == null;
  }
}
