package org.fordra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.fordra.customer.CustomerRepository;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.InvoiceViews;
import org.fordra.payments.PaymentBooking;
import org.fordra.testing.FordraWebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Bad input to the customer, invoice and payment endpoints, refused by the web layer alone
 * ({@link FordraWebSlice}): a problem+json 400 naming each wrong field, and the service behind
 * the endpoint never called, so nothing is stored. The refusals that need the database (an
 * unknown customer, a currency the invoice is not in, a payment in the future) and one refusal
 * per endpoint through the whole application stay in {@code InvoiceApiTest}.
 */
@FordraWebSlice
class RefusedRequestsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "slice-password";

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRegistration registration;
  @Autowired InvoiceViews views;
  @Autowired PaymentBooking booking;

  @BeforeEach
  void staff() {
    signsIn("bookkeeper", "managers");
    signsIn("collector", "collectors");
  }

  @AfterEach
  void nothingWasStored() {
    verifyNoInteractions(customers, registration, views, booking);
  }

  /** {@code user} signs in with {@link #PASSWORD} and is a member of {@code group}. */
  void signsIn(String user, String group) {
    Group membership = mock(Group.class);
    when(membership.getId()).thenReturn(group);
    when(identity.checkPassword(user, PASSWORD)).thenReturn(true);
    when(identity.createGroupQuery().groupMember(user).list()).thenReturn(List.of(membership));
  }

  @Test
  void badCustomerInputNamesEveryWrongField() throws Exception {
    Problem refused =
        post(
            "bookkeeper",
            "/api/customers",
            """
            {"name": "Nobody", "type": "BUSINESS", "country": "XX", "language": "klingon",
             "email": "nobody@example.com", "timeZone": "Mars/Olympus"}
            """);
    refused.is(400);
    assertThat(refused.fields()).containsExactlyInAnyOrder("country", "language", "timeZone");

    Problem badType =
        post(
            "bookkeeper",
            "/api/customers",
            """
            {"name": "Nobody", "type": "PIRATE", "country": "SE", "language": "sv",
             "email": "nobody@example.com", "timeZone": "Europe/Stockholm"}
            """);
    badType.is(400);
    assertThat(badType.fields()).containsExactly("type");

    Problem noEmail =
        post(
            "bookkeeper",
            "/api/customers",
            """
            {"name": "Nobody", "type": "CONSUMER", "country": "SE", "language": "sv",
             "email": "not-an-address", "timeZone": "Europe/Stockholm"}
            """);
    noEmail.is(400);
    assertThat(noEmail.fields()).containsExactly("email");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "negative late fee      | \"contractLateFee\": -5          | contractLateFee",
        "late fee in mills      | \"contractLateFee\": 5.125       | contractLateFee",
        "interest over 100 %    | \"contractInterestPercent\": 101 | contractInterestPercent",
        "letters, no address    | \"delivery\": \"LETTER\"         | postalAddress",
      })
  void badContractTermsAndDeliveryAreRefused(String what, String extra, String field)
      throws Exception {
    Problem refused =
        post(
            "bookkeeper",
            "/api/customers",
            """
            {"name": "Ola Nordmann", "type": "CONSUMER", "country": "NO", "language": "nb",
             "email": "ola@example.no", "timeZone": "Europe/Oslo", %s}
            """
                .formatted(extra));
    refused.is(400);
    assertThat(refused.fields()).containsExactly(field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "impossible date | 2026-02-30 | 2026-05-20 | issueDate",
        "not a date      | 2026-04-20 | tomorrow   | dueDate",
      })
  void invoiceDatesThatAreNoDatesAreRefused(String what, String issue, String due, String field)
      throws Exception {
    Problem refused =
        post(
            "bookkeeper",
            "/api/invoices",
            """
            {"number": "INV-SLICE", "customerId": 1, "issueDate": "%s", "dueDate": "%s",
             "currency": "SEK", "amount": "10.00"}
            """
                .formatted(issue, due));
    refused.is(400);
    assertThat(refused.fields()).contains(field);
  }

  @Test
  void malformedJsonIsRefused() throws Exception {
    post("bookkeeper", "/api/invoices", "{\"number\": \"X-1\", \"amount\": ").is(400);
    post("bookkeeper", "/api/invoices/X-1/payments", "{\"amount\": ").is(400);
    post("bookkeeper", "/api/customers", "[").is(400);
  }

  @Test
  void anAmountMustBeADecimalString() throws Exception {
    Problem refused =
        post(
            "bookkeeper",
            "/api/invoices/X-1/payments",
            """
            {"amount": 10.00, "currency": "SEK", "paidOn": "2026-05-03", "reference": "R-1"}
            """);
    refused.is(400);
    assertThat(refused.fields()).containsExactly("amount");
  }

  @Test
  void theInvoiceListRefusesAnUnknownStatusAndAPageTooLargeOrBeforeTheFirst() throws Exception {
    get("collector", "/api/invoices?status=LOST").is(400);
    assertThat(get("collector", "/api/invoices?size=100000").fields()).containsExactly("size");
    assertThat(get("collector", "/api/invoices?size=0").fields()).containsExactly("size");
    assertThat(get("collector", "/api/invoices?page=-1").fields()).containsExactly("page");
  }

  /** Who may not register a customer hears so before the body is read, bad or not. */
  @Test
  void theLoginAndTheStaffCheckComeBeforeTheBody() throws Exception {
    Problem anonymous = answer(MockMvcRequestBuilders.post("/api/customers").content("["), null);
    assertThat(anonymous.status()).isEqualTo(401);
    post("collector", "/api/customers", "[").is(403);
  }

  Problem post(String user, String path, String json) throws Exception {
    return answer(MockMvcRequestBuilders.post(path).content(json), user);
  }

  Problem get(String user, String path) throws Exception {
    return answer(MockMvcRequestBuilders.get(path), user);
  }

  Problem answer(MockHttpServletRequestBuilder request, String user) throws Exception {
    request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
    if (user != null) {
      String login = user + ":" + PASSWORD;
      request.header(
          HttpHeaders.AUTHORIZATION,
          "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    return new Problem(
        response.getStatus(),
        response.getContentType(),
        body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body),
        body);
  }

  /** An answer expected to be an RFC 9457 problem. */
  record Problem(int status, String contentType, JsonNode body, String raw) {

    /** A problem+json with this status, a title and a detail. */
    void is(int expected) {
      assertThat(status).as(raw).isEqualTo(expected);
      assertThat(contentType).startsWith("application/problem+json");
      assertThat(body.get("status").asInt()).isEqualTo(expected);
      assertThat(body.get("title").asText()).isNotBlank();
      assertThat(body.get("detail").asText()).isNotBlank();
    }

    List<String> fields() {
      is(400);
      return body.path("errors").findValuesAsText("field");
    }
  }
}
