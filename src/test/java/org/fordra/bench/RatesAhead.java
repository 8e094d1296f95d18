package org.fordra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives the running Fordra a reference rate for every half-year the bench's days reach, as its
 * operator would have entered the published rates by then: the bench's days lie in the future
 * (2027 and on), for which no rate is published yet, and without one every notice of a German,
 * Swedish or British case would take the rare path of a missing rate (noted on the operator's
 * list in a transaction of its own, one row updated by every job thread) instead of the everyday
 * path of stating its interest. Each series' latest rate is carried forward, through the API
 * and with a source saying so.
 */
final class RatesAhead {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RatesAhead() {}

  /** Adds the missing half-years up to {@code until}; returns how many rates were added. */
  static int carryForward(HttpLoad http, LocalDate until) throws Exception {
    HttpResponse<String> listed = http.get("/api/reference-rates");
    if (listed.statusCode() != 200) {
      throw new IllegalStateException("GET /api/reference-rates: " + listed.statusCode() + " " + listed.body());
    }
    Map<String, JsonNode> latest = new TreeMap<>();
    for (JsonNode rate : JSON.readTree(listed.body())) {
      latest.merge(rate.get("series").asText(), rate,
          (a, b) -> validTo(a).isAfter(validTo(b)) ? a : b);
    }
    int added = 0;
    for (JsonNode rate : latest.values()) {
      for (LocalDate from = validTo(rate).plusDays(1); !from.isAfter(until); from = from.plusMonths(6)) {
        String body = JSON.createObjectNode()
            .put("series", rate.get("series").asText())
            .put("validFrom", from.toString())
            .put("rate", rate.get("rate").asText())
            .put("source", "bench: the rate from " + rate.get("validFrom").asText()
                + " carried forward, not a published rate")
            .toString();
        HttpResponse<String> answer = http.post(new HttpLoad.Call("/api/reference-rates", body));
        if (answer.statusCode() == 201) {
          added++;
        } else {
          System.out.printf("bench | rate %s from %s not added: %d %s%n",
              rate.get("series").asText(), from, answer.statusCode(), answer.body());
          break;
        }
      }
    }
    return added;
  }

  private static LocalDate validTo(JsonNode rate) {
    JsonNode to = rate.get("validTo");
    return to == null || to.isNull() ? LocalDate.MAX.minusYears(1) : LocalDate.parse(to.asText());
  }
}
