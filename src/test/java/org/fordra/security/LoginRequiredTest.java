package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Nobody gets in without an account: Fordra's API and the engine's REST API alike. */
@FordraTest
class LoginRequiredTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @BeforeEach
  void anAccount() {
    if (identity.createUserQuery().userId("auditor").count() == 0) {
      User user = identity.newUser("auditor");
      user.setPassword("s3cret-Passw0rd");
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId("staffclerk").count() == 0) {
      User clerk = identity.newUser("staffclerk");
      clerk.setPassword("s3cret-Passw0rd");
      identity.saveUser(clerk);
      if (identity.createGroupQuery().groupId("sales").count() == 0) {
        identity.saveGroup(identity.newGroup("sales"));
      }
      identity.createMembership("staffclerk", "sales");
    }
  }

  @Test
  void apiRefusesAnonymousCallersWithAProblem() {
    var response = http.getForEntity("/api/invoices/ANY/audit", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.parseMediaType("application/problem+json;charset=UTF-8"));
    assertThat(response.getBody()).contains("\"status\":401");
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  // Wrong passwords slow down further logins of that user from this address (LoginThrottle), so
  // the refused logins use an account of their own.
  @Test
  void apiRefusesAWrongPassword() {
    var response =
        http.withBasicAuth("intruder", "guess").getForEntity("/api/invoices/ANY/audit", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apiLetsAMemberOfStaffIn() {
    var response =
        http.withBasicAuth("staffclerk", "s3cret-Passw0rd")
            .getForEntity("/api/invoices/NO-SUCH-INVOICE/audit", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void apiRefusesAnEngineUserWhoIsNotStaff() {
    var response =
        http.withBasicAuth("auditor", "s3cret-Passw0rd")
            .getForEntity("/api/invoices/NO-SUCH-INVOICE/audit", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("\"status\":403");
  }

  @Test
  void engineRestRefusesAnonymousCallers() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("intruder", "wrong")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestShowsAUserOnlyWhatTheyAreAuthorizedFor() {
    // Authorization checks are on: an account without grants sees no process definitions.
    var response =
        http.withBasicAuth("auditor", "s3cret-Passw0rd")
            .getForEntity("/engine-rest/process-definition?firstResult=0&maxResults=100", List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEmpty();
  }
}
