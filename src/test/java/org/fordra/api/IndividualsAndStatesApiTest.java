package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.api.ApiClient.Answer;
import org.fordra.audit.AuditTrail;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The API of issue 13's parts 5 and 7 (docs/api.md, "Individuals in England and Wales; US
 * states"): a customer's soleTrader and region, Breathing Space moratoria (SI 2020/1311) recorded
 * and ended by managers, and the Reply Form to a Letter of Claim; bad input is a 4xx naming the
 * field.
 */
@FordraTest
class IndividualsAndStatesApiTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired AuditTrail audit;

  ApiClient manager;
  ApiClient collector;

  @BeforeEach
  void signIn() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    manager = ApiClient.as(http, identity, "ukmanager", "managers");
    collector = ApiClient.as(http, identity, "ukcollector", "collectors");
  }

  Answer newCustomer(String type, String country, String extra) {
    return manager.post(
        "/api/customers",
        """
        {"name": "Jo Example", "type": "%s", "country": "%s", "language": "en",
         "email": "jo@example.org", "timeZone": "Europe/London"%s}
        """
            .formatted(type, country, extra));
  }

  long londonConsumer() {
    Answer created = newCustomer("CONSUMER", "GB", "");
    assertThat(created.status()).isEqualTo(201);
    return created.body().get("id").asLong();
  }

  @Test
  void aSoleTraderAndARegionAreRecordedAndShown() {
    Answer created = newCustomer("BUSINESS", "US", ", \"soleTrader\": true, \"region\": \"us-ma\"");
    assertThat(created.status()).isEqualTo(201);
    Answer read = manager.get("/api/customers/" + created.body().get("id").asLong());
    assertThat(read.body().get("soleTrader").asBoolean()).isTrue();
    assertThat(read.body().get("region").asText()).isEqualTo("US-MA");
    assertThat(read.body().get("moratoria")).isEmpty();

    Answer plain = newCustomer("BUSINESS", "GB", "");
    assertThat(manager.get("/api/customers/" + plain.body().get("id").asLong()).body()
        .get("soleTrader").asBoolean()).isFalse();
  }

  @Test
  void aRegionOfAnotherCountryIsRefusedByName() {
    Answer refused = newCustomer("CONSUMER", "GB", ", \"region\": \"US-MA\"");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("region");
  }

  @Test
  void managersRecordAStandardMoratoriumOfSixtyDaysAndEveryoneSeesIt() {
    long customer = londonConsumer();
    String body = "{\"kind\": \"STANDARD\", \"startsOn\": \"2026-05-01\", \"reference\": \"BS-42\"}";
    assertThat(collector.post("/api/customers/" + customer + "/moratoria", body).status())
        .isEqualTo(403);

    Answer recorded = manager.post("/api/customers/" + customer + "/moratoria", body);
    assertThat(recorded.status()).isEqualTo(201);
    // Reg. 26: 1 May to 29 June included; 30 June is the first day unprotected.
    assertThat(recorded.body().get("endsOn").asText()).isEqualTo("2026-06-30");
    assertThat(recorded.body().get("activeToday").asBoolean()).isTrue();
    assertThat(recorded.body().get("recordedBy").asText()).isEqualTo("ukmanager");

    Answer read = collector.get("/api/customers/" + customer);
    assertThat(read.body().get("moratoria")).hasSize(1);
    assertThat(read.body().get("moratoria").get(0).get("reference").asText()).isEqualTo("BS-42");
    assertThat(collector.get("/api/customers/" + customer + "/moratoria").body()).hasSize(1);

    String invoice = "UK-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(manager.post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-04-01", "dueDate": "2026-05-01",
         "currency": "GBP", "amount": "250.00"}
        """.formatted(invoice, customer)).status()).isEqualTo(201);
    assertThat(manager.get("/api/invoices/" + invoice).body().get("moratorium").get("kind").asText())
        .isEqualTo("STANDARD");
  }

  @Test
  void aMentalHealthCrisisMoratoriumEndsThirtyDaysAfterTheTreatment() {
    long customer = londonConsumer();
    String invoice = "UK-" + UUID.randomUUID().toString().substring(0, 8);
    manager.post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-04-01", "dueDate": "2026-05-01",
         "currency": "GBP", "amount": "250.00"}
        """.formatted(invoice, customer));
    Answer open =
        manager.post(
            "/api/customers/" + customer + "/moratoria",
            "{\"kind\": \"MENTAL_HEALTH_CRISIS\", \"startsOn\": \"2026-05-02\"}");
    assertThat(open.status()).isEqualTo(201);
    assertThat(open.body().get("endsOn").isNull()).isTrue();
    String end = "/api/customers/" + customer + "/moratoria/" + open.body().get("id").asLong() + "/end";

    Answer both = manager.post(end, "{\"treatmentEndedOn\": \"2026-05-03\", \"cancelledOn\": \"2026-05-03\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body().get("errors").get(0).get("field").asText()).isEqualTo("treatmentEndedOn");

    Answer ended = manager.post(end, "{\"treatmentEndedOn\": \"2026-05-03\"}");
    assertThat(ended.status()).isEqualTo(200);
    // Protected until 2 June (30 days after 3 May) included.
    assertThat(ended.body().get("endsOn").asText()).isEqualTo("2026-06-03");
    assertThat(manager.post(end, "{\"cancelledOn\": \"2026-05-04\"}").status()).isEqualTo(409);
    assertThat(audit.of(invoice))
        .extracting(e -> e.getAction())
        .contains("MORATORIUM_RECORDED", "MORATORIUM_ENDED");
  }

  @Test
  void badMoratoriumRequestsAreRefusedWithTheirField() {
    long customer = londonConsumer();
    Answer noKind = manager.post("/api/customers/" + customer + "/moratoria", "{\"startsOn\": \"2026-05-01\"}");
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(noKind.body().get("errors").get(0).get("field").asText()).isEqualTo("kind");
    assertThat(manager.post("/api/customers/999999/moratoria",
        "{\"kind\": \"STANDARD\", \"startsOn\": \"2026-05-01\"}").status()).isEqualTo(404);
    assertThat(manager.post("/api/customers/" + customer + "/moratoria/999999/end",
        "{\"cancelledOn\": \"2026-05-01\"}").status()).isEqualTo(404);
  }

  @Test
  void aReplyFormNeedsALetterOfClaim() {
    long customer = londonConsumer();
    String invoice = "UK-" + UUID.randomUUID().toString().substring(0, 8);
    manager.post("/api/invoices", """
        {"number": "%s", "customerId": %d, "issueDate": "2026-04-01", "dueDate": "2026-05-01",
         "currency": "GBP", "amount": "250.00"}
        """.formatted(invoice, customer));
    String reply = "{\"disputesDebt\": false, \"seekingAdvice\": true, \"wantsToPay\": true}";
    assertThat(collector.post("/api/invoices/" + invoice + "/pre-action-reply", reply).status())
        .isEqualTo(409);
    assertThat(collector.post("/api/invoices/NO-SUCH/pre-action-reply", reply).status())
        .isEqualTo(404);
  }

  @Test
  void theBooksSendSoleTraderAndRegionWithTheCustomer() {
    String good = "UK-" + UUID.randomUUID().toString().substring(0, 8);
    String bad = "UK-" + UUID.randomUUID().toString().substring(0, 8);
    String row =
        """
        {"number": "%s", "issueDate": "2026-04-01", "dueDate": "2026-05-01", "currency": "USD",
         "amount": "100.00", "customer": {"number": "%s", "name": "Pat Trader", "type": "BUSINESS",
         "country": "US", "language": "en", "email": "pat@example.org",
         "timeZone": "America/New_York", "soleTrader": %s, "region": "%s"}}
        """;
    Answer answer =
        manager.post(
            "/api/invoices/batch",
            "{\"invoices\": ["
                + row.formatted(good, "C-" + good, "true", "US-MA") + ","
                + row.formatted(bad, "C-" + bad, "\"maybe\"", "GB-SCT") + "]}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("created").asInt()).isEqualTo(1);
    assertThat(answer.body().get("rejected").get(0).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("customer.soleTrader", "customer.region");

    long customer = manager.get("/api/invoices/" + good).body().get("customerId").asLong();
    Answer read = manager.get("/api/customers/" + customer);
    assertThat(read.body().get("soleTrader").asBoolean()).isTrue();
    assertThat(read.body().get("region").asText()).isEqualTo("US-MA");
  }
}
