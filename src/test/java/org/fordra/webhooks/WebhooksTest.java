package org.fordra.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.audit.AuditTrail;
import org.fordra.payments.NewPayment;
import org.fordra.payments.PaymentBooking;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.InvoicesAtTasks;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The books hear about changes through signed webhooks: a receiver on this machine checks the
 * signature the way the contract tells integrators to; a failing receiver gets the same event
 * again later; a change that rolled back is never announced.
 */
@FordraTest
class WebhooksTest {

  static final String SECRET = "books-shared-secret-0123456789";

  record Received(String signature, String body) {}

  static final List<Received> received = new CopyOnWriteArrayList<>();
  static final AtomicInteger failuresToAnswer = new AtomicInteger();
  static final HttpServer receiver = startReceiver();

  static HttpServer startReceiver() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/books/hooks", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
        if (status == 204) {
          received.add(new Received(exchange.getRequestHeaders().getFirst("Fordra-Signature"), body));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void books(DynamicPropertyRegistry properties) {
    properties.add("fordra.webhooks[0].url",
        () -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/books/hooks");
    properties.add("fordra.webhooks[0].secret", () -> SECRET);
    // The test sends; the scheduled dispatcher stays out of its way.
    properties.add("fordra.webhook-dispatch.interval", () -> "PT1H");
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop(0);
  }

  @Autowired CollectionsScenario scenario;
  @Autowired InvoicesAtTasks invoices;
  @Autowired WebhookDispatcher dispatcher;
  @Autowired WebhookDeliveryRepository deliveries;
  @Autowired AuditTrail audit;
  @Autowired PaymentBooking payments;
  @Autowired TransactionTemplate transaction;

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void emptyOutbox() {
    deliveries.deleteAll();
    received.clear();
    failuresToAnswer.set(0);
  }

  @Test
  void aPaymentAndAStatusChangeReachTheBooksSignedWithTheSharedSecret() throws Exception {
    ProcessInstance invoice = invoices.atCallCustomer();
    dispatcher.dispatchDue();
    received.clear();

    payments.book(invoice.getBusinessKey(),
        new NewPayment(new java.math.BigDecimal("1000.00"), "EUR", InvoicesAtTasks.CALL_DAY, "BANK-WH-1"));
    assertThat(dispatcher.dispatchDue()).isPositive();

    List<JsonNode> events = received.stream().map(this::verified).toList();
    assertThat(events).extracting(e -> e.path("type").asText())
        .contains("payment.booked", "invoice.status_changed");
    JsonNode paid = events.stream()
        .filter(e -> e.path("type").asText().equals("invoice.status_changed")).findFirst().orElseThrow();
    assertThat(paid.path("data").path("invoiceNumber").asText()).isEqualTo(invoice.getBusinessKey());
    assertThat(paid.path("data").path("to").asText()).isEqualTo("PAID");
    assertThat(paid.path("id").asText()).isNotBlank();
    assertThat(paid.path("occurredAt").asText()).isNotBlank();
  }

  @Test
  void aFailingReceiverGetsTheSameEventAgainAfterABackoff() throws Exception {
    ProcessInstance invoice = invoices.atCallCustomer();
    dispatcher.dispatchDue();
    received.clear();
    failuresToAnswer.set(1);

    scenario.dispute(invoice, "The goods never arrived");
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(received).isEmpty();
    // Not due again before its backoff; due once the clock passes it.
    assertThat(dispatcher.dispatchDue()).isZero();
    ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(11))));

    assertThat(dispatcher.dispatchDue()).isPositive();
    JsonNode event = verified(received.get(0));
    assertThat(event.path("type").asText()).isEqualTo("invoice.status_changed");
    WebhookDelivery delivery = deliveries.findByEventIdOrderById(event.path("id").asText()).get(0);
    assertThat(delivery.getAttempts()).isEqualTo(2);
    assertThat(delivery.getDeliveredAt()).isNotNull();
    // Delivered means delivered: nothing goes out twice.
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(received).hasSize(1);
  }

  @Test
  void aChangeThatRolledBackIsNeverAnnounced() {
    try {
      transaction.executeWithoutResult(status -> {
        audit.record("ROLLED-BACK-1", "STATUS_CHANGED", "OPEN -> WRITTEN_OFF: never happened");
        throw new IllegalStateException("the step failed after recording");
      });
    } catch (IllegalStateException expected) {
      // the step's transaction rolled back
    }

    assertThat(deliveries.count()).isZero();
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(received).isEmpty();
  }

  @Test
  void aWriteOffIsAnnouncedAsSuch() throws Exception {
    transaction.executeWithoutResult(status ->
        audit.record("WO-1", "STATUS_CHANGED", "WITH_AGENCY -> WRITTEN_OFF: agency gave up"));

    dispatcher.dispatchDue();

    assertThat(received.stream().map(this::verified).map(e -> e.path("type").asText()))
        .containsExactlyInAnyOrder("invoice.status_changed", "invoice.written_off");
  }

  /** What an integrator does: recompute the HMAC over "t.body" and compare. */
  private JsonNode verified(Received request) {
    Map<String, String> parts = new java.util.HashMap<>();
    for (String part : request.signature().split(",")) {
      String[] kv = part.split("=", 2);
      parts.put(kv[0], kv[1]);
    }
    String expected = hmacSha256(SECRET, parts.get("t") + "." + request.body());
    assertThat(parts.get("v1")).isEqualTo(expected);
    assertThat(Long.parseLong(parts.get("t"))).isPositive();
    try {
      return json.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hmacSha256(String secret, String text) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
