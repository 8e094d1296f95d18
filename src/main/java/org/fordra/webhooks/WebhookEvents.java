package org.fordra.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fordra.audit.AuditRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the audit trail records into the contract's webhook events and queues one delivery
 * per endpoint, in the same transaction: an event exists exactly when its change committed.
 */
@Component
class WebhookEvents {

  static final String STATUS_CHANGED = "invoice.status_changed";
  static final String PAYMENT_BOOKED = "payment.booked";
  static final String PAYMENT_REVERSED = "payment.reversed";
  static final String CHARGE_BOOKED = "charge.booked";
  static final String WRITTEN_OFF = "invoice.written_off";
  static final String SETTLED = "invoice.settled";

  /** The trail's status line: "OPEN -> DISPUTED: why". */
  private static final Pattern STATUS_LINE = Pattern.compile("^([A-Z_]+) -> ([A-Z_]+)(?::\\s*(.*))?$", Pattern.DOTALL);

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveryRepository deliveries;
  private final ObjectMapper json;

  WebhookEvents(WebhookEndpoints endpoints, WebhookDeliveryRepository deliveries, ObjectMapper json) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.json = json;
  }

  @EventListener
  void on(AuditRecorded entry) {
    if (endpoints.webhooks().isEmpty()) {
      return;
    }
    for (ObjectNode event : eventsFor(entry)) {
      String body;
      try {
        body = json.writeValueAsString(event);
      } catch (JsonProcessingException impossible) {
        throw new IllegalStateException("a webhook event is plain JSON", impossible);
      }
      for (WebhookEndpoints.Endpoint endpoint : endpoints.webhooks()) {
        deliveries.save(new WebhookDelivery(
            event.path("id").asText(), event.path("type").asText(), endpoint.url(), body, entry.at()));
      }
    }
  }

  List<ObjectNode> eventsFor(AuditRecorded entry) {
    List<ObjectNode> events = new ArrayList<>();
    switch (entry.action()) {
      case "STATUS_CHANGED" -> {
        Matcher line = STATUS_LINE.matcher(entry.detail());
        ObjectNode data = data(entry);
        if (line.matches()) {
          data.put("from", line.group(1)).put("to", line.group(2)).put("reason", line.group(3));
        }
        events.add(event(STATUS_CHANGED, entry, data));
        String to = line.matches() ? line.group(2) : "";
        if ("WRITTEN_OFF".equals(to)) {
          events.add(event(WRITTEN_OFF, entry, data.deepCopy()));
        } else if ("SETTLED".equals(to)) {
          events.add(event(SETTLED, entry, data.deepCopy()));
        }
      }
      case "PAYMENT_BOOKED" -> events.add(event(PAYMENT_BOOKED, entry, data(entry)));
      case "PAYMENT_REVERSED", "PAYMENT_RETURNED" ->
          events.add(event(PAYMENT_REVERSED, entry, data(entry)));
      case "CHARGE_BOOKED" -> events.add(event(CHARGE_BOOKED, entry, data(entry)));
      default -> {}
    }
    return events;
  }

  private ObjectNode data(AuditRecorded entry) {
    return json.createObjectNode()
        .put("invoiceNumber", entry.invoiceNumber())
        .put("actor", entry.actor())
        .put("detail", entry.detail());
  }

  private ObjectNode event(String type, AuditRecorded entry, ObjectNode data) {
    ObjectNode event = json.createObjectNode();
    event.put("id", UUID.randomUUID().toString());
    event.put("type", type);
    event.put("occurredAt", entry.at().toString());
    event.set("data", data);
    return event;
  }
}
