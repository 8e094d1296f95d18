package org.fordra.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.fordra.reporting.StaffBrowserSession;
import org.fordra.security.StaffAccounts;
import org.fordra.api.StaffGroups;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Fordra's Tasklist script relies on: Tasklist's configuration loads it, and the words come
 * in the language of whoever is signed in to Tasklist. In a real browser:
 * {@code TaskFormsInTheStaffLanguageBrowserTest}.
 */
@FordraTest
class TaskFormLabelsInTasklistTest {

  static final String COLLECTOR = "labelscollector";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;

  StaffBrowserSession visitor;

  @BeforeEach
  void visitor() {
    StaffAccounts.ensure(identity, COLLECTOR, StaffGroups.COLLECTORS);
    visitor = new StaffBrowserSession(port);
  }

  @Test
  void tasklistsConfigurationLoadsFordrasScriptAndOffersGerman() {
    HttpResponse<String> config = visitor.get("/camunda/app/tasklist/scripts/config.js");
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body())
        .contains("customScripts: ['fordra/task-form-labels']")
        .contains("availableLocales: ['en', 'de']")
        // Camunda's own defaults stay.
        .contains("shortcuts");

    HttpResponse<String> script = visitor.get("/camunda/app/tasklist/fordra/task-form-labels.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("deployed-form", "/task-forms/labels");
  }

  @Test
  void someoneSignedInToTasklistGetsTheFormsWordsInTheirBrowsersLanguage() throws Exception {
    assertThat(visitor.signInToTasklist(COLLECTOR, StaffAccounts.PASSWORD).statusCode())
        .isEqualTo(200);

    HttpResponse<String> dutch = visitor.getIn("/task-forms/labels", "nl-NL,nl;q=0.9,en;q=0.5");
    assertThat(dutch.statusCode()).isEqualTo(200);
    JsonNode words = json.readTree(dutch.body());
    assertThat(words.path("language").asText()).isEqualTo("nl");
    assertThat(words.path("labels").path("Outcome of the call").asText())
        .isEqualTo("Uitkomst van het gesprek");

    JsonNode french = json.readTree(visitor.getIn("/task-forms/labels", "fr-FR").body());
    assertThat(french.path("language").asText()).isEqualTo("en");
    assertThat(french.path("labels").size()).isZero();
  }

  @Test
  void nobodyElseGetsThem() {
    HttpResponse<String> anonymous = visitor.get("/task-forms/labels");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login?next=");
  }
}
