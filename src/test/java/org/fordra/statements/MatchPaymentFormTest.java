package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * forms/match-payment.form asks for exactly MatchPayment's outcome variables (CONTRACT.md) and
 * shows exactly what {@link PrepareMatchTask} writes for it.
 */
class MatchPaymentFormTest {

  static JsonNode form() throws IOException {
    return new ObjectMapper().readTree(Path.of("forms", "match-payment.form").toFile());
  }

  @Test
  void asksForTheContractsOutcomeVariables() throws IOException {
    JsonNode form = form();
    assertThat(form.path("id").asText()).isEqualTo("match-payment");
    Set<String> keys = new TreeSet<>();
    Set<String> actions = new TreeSet<>();
    form.path("components").forEach(c -> {
      if (!c.path("key").asText().isEmpty()) {
        keys.add(c.path("key").asText());
      }
      if (UnmatchedPaymentProcess.VAR_MATCH_ACTION.equals(c.path("key").asText())) {
        c.path("values").forEach(v -> actions.add(v.path("value").asText()));
        assertThat(c.path("validate").path("required").asBoolean()).isTrue();
      }
    });
    assertThat(keys)
        .containsExactlyInAnyOrder(
            UnmatchedPaymentProcess.VAR_MATCH_ACTION,
            UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS,
            UnmatchedPaymentProcess.VAR_MATCH_NOTES);
    assertThat(actions).containsExactlyInAnyOrder("BOOK", "REFUND", "ON_ACCOUNT");
  }

  @Test
  void showsWhatTheBriefingWrites() throws IOException {
    Set<String> shown = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}").matcher(form().toString());
    while (m.find()) {
      shown.add(m.group(1));
    }
    assertThat(shown)
        .containsExactlyInAnyOrder(
            PrepareMatchTask.ENTRY_SUMMARY,
            PrepareMatchTask.PAYER_NAME,
            PrepareMatchTask.REMITTANCE_TEXT,
            PrepareMatchTask.CANDIDATE_INVOICES);
  }
}
