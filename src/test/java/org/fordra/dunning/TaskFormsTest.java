package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fordra.disputes.DisputeResolution;
import org.junit.jupiter.api.Test;

/**
 * The forms in forms/ ask for exactly the contract's outcome variables, with the validation a
 * person needs, and show what the task briefing provides (CONTRACT.md, "Task outcomes").
 */
class TaskFormsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode form(String id) throws IOException {
    return JSON.readTree(Path.of("forms", id + ".form").toFile());
  }

  static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    form.path("components").forEach(all::add);
    return all;
  }

  static JsonNode field(JsonNode form, String key) {
    return components(form).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key));
  }

  static Set<String> keys(JsonNode form) {
    return components(form).stream()
        .map(c -> c.path("key").asText())
        .filter(k -> !k.isEmpty())
        .collect(Collectors.toSet());
  }

  static Set<String> optionValues(JsonNode field) {
    Set<String> values = new java.util.HashSet<>();
    field.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  /** The variables the text views show: {{name}} in their templates. */
  static Set<String> shownVariables(JsonNode form) {
    Set<String> names = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}").matcher(form.toString());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static String hiddenUnless(JsonNode field) {
    return field.path("conditional").path("hide").asText();
  }

  @Test
  void everyFormIsForTheCamunda7Tasklist() throws IOException {
    for (String id : List.of("call-customer", "review-dispute", "decide-escalation")) {
      JsonNode form = form(id);
      assertThat(form.path("id").asText()).isEqualTo(id);
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      // Camunda 7.24's Tasklist bundles the form-js viewer of schema version 16.
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
      Set<String> ids = components(form).stream().map(c -> c.path("id").asText())
          .collect(Collectors.toSet());
      assertThat(ids).as("unique component ids").hasSize(components(form).size());
      // Everything shown is something a task briefing sets.
      assertThat(shownVariables(form)).isSubsetOf(
          TaskBriefing.CUSTOMER_NAME, TaskBriefing.CUSTOMER_PHONE, TaskBriefing.CUSTOMER_LOCAL_TIME,
          TaskBriefing.INVOICE_SUMMARY, TaskBriefing.OWED_TODAY, TaskBriefing.BALANCE,
          TaskBriefing.CONTACT_HISTORY, TaskBriefing.DISPUTE_REASON, TaskBriefing.BROKEN_COMMITMENTS,
          TaskBriefing.INVOICE_PAGE);
      // Every task links to the invoice's own page, with its notices and audit trail.
      assertThat(shownVariables(form)).contains(
          TaskBriefing.CUSTOMER_NAME, TaskBriefing.INVOICE_SUMMARY, TaskBriefing.OWED_TODAY,
          TaskBriefing.INVOICE_PAGE);
    }
  }

  @Test
  void callFormAsksForTheCallOutcomeAsTheContractNamesIt() throws IOException {
    JsonNode form = form("call-customer");
    assertThat(keys(form)).containsExactlyInAnyOrder(
        CollectionsProcess.VAR_CALL_OUTCOME, CollectionsProcess.VAR_PROMISED_DATE,
        CollectionsProcess.VAR_PLAN_INSTALLMENTS, CollectionsProcess.VAR_CALL_NOTES);
    JsonNode outcome = field(form, "callOutcome");
    assertThat(outcome.path("validate").path("required").asBoolean()).isTrue();
    assertThat(optionValues(outcome)).containsExactlyInAnyOrder(
        names(CallOutcome.values()).toArray(String[]::new));

    JsonNode promised = field(form, "promisedDate");
    assertThat(promised.path("type").asText()).isEqualTo("datetime");
    assertThat(promised.path("subtype").asText()).isEqualTo("date");
    assertThat(promised.path("disallowPassedDates").asBoolean()).isTrue();
    assertThat(promised.path("validate").path("required").asBoolean()).isTrue();
    assertThat(hiddenUnless(promised)).isEqualTo("=callOutcome != \"PROMISE_TO_PAY\"");

    JsonNode installments = field(form, "planInstallments");
    assertThat(installments.path("type").asText()).isEqualTo("number");
    assertThat(installments.path("validate").path("min").asInt()).isEqualTo(2);
    assertThat(installments.path("validate").path("max").asInt()).isEqualTo(24);
    assertThat(installments.path("decimalDigits").asInt()).isZero();
    assertThat(hiddenUnless(installments)).isEqualTo("=callOutcome != \"PAYMENT_PLAN\"");

    assertThat(shownVariables(form)).contains(
        TaskBriefing.CUSTOMER_PHONE, TaskBriefing.CUSTOMER_LOCAL_TIME, TaskBriefing.CONTACT_HISTORY);
  }

  @Test
  void disputeFormAsksForTheResolutionAndShowsTheReason() throws IOException {
    JsonNode form = form("review-dispute");
    assertThat(keys(form)).containsExactlyInAnyOrder(
        CollectionsProcess.VAR_DISPUTE_RESOLUTION, CollectionsProcess.VAR_CREDIT_AMOUNT,
        CollectionsProcess.VAR_RESOLUTION_NOTES);
    assertThat(optionValues(field(form, "disputeResolution"))).containsExactlyInAnyOrder(
        names(DisputeResolution.values()).toArray(String[]::new));
    JsonNode credit = field(form, "creditAmount");
    // Amounts travel as decimal strings, never as binary floating point.
    assertThat(credit.path("serializeToString").asBoolean()).isTrue();
    assertThat(credit.path("decimalDigits").asInt()).isEqualTo(2);
    assertThat(credit.path("validate").path("required").asBoolean()).isTrue();
    assertThat(hiddenUnless(credit)).isEqualTo("=disputeResolution != \"PARTIAL\"");
    assertThat(field(form, "resolutionNotes").path("validate").path("required").asBoolean()).isTrue();
    assertThat(shownVariables(form)).contains(TaskBriefing.DISPUTE_REASON);
  }

  @Test
  void decisionFormAsksForTheDecisionAndShowsAShortSummary() throws IOException {
    JsonNode form = form("decide-escalation");
    assertThat(keys(form)).containsExactlyInAnyOrder(
        CollectionsProcess.VAR_DECISION, CollectionsProcess.VAR_SETTLEMENT_AMOUNT,
        CollectionsProcess.VAR_EXTEND_DAYS, CollectionsProcess.VAR_DECISION_NOTES);
    assertThat(optionValues(field(form, "decision"))).containsExactlyInAnyOrder(
        names(EscalationDecision.values()).toArray(String[]::new));
    JsonNode settlement = field(form, "settlementAmount");
    assertThat(settlement.path("serializeToString").asBoolean()).isTrue();
    assertThat(settlement.path("validate").path("required").asBoolean()).isTrue();
    assertThat(hiddenUnless(settlement)).isEqualTo("=decision != \"SETTLE\"");
    JsonNode days = field(form, "extendDays");
    assertThat(days.path("validate").path("required").asBoolean()).isTrue();
    assertThat(hiddenUnless(days)).isEqualTo("=decision != \"EXTEND\"");
    // form-js cannot make a field required for one choice only, so the form asks for notes on
    // every decision; RecordDecision refuses a write-off without them whatever the door.
    assertThat(field(form, "decisionNotes").path("validate").path("required").asBoolean()).isTrue();
    // A short summary above the decision, not the whole trail (the invoice page has that).
    assertThat(shownVariables(form))
        .contains(TaskBriefing.OWED_TODAY, TaskBriefing.BROKEN_COMMITMENTS, TaskBriefing.CONTACT_HISTORY);
  }

  static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }
}
