package org.fordra.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Only managers (and administrators) decide when running invoices change version. */
@FordraTest
class ProcessMigrationApiTest {

  static final String PASSWORD = "Migration-Passw0rd";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @BeforeEach
  void accounts() {
    account("migcollector", "collectors");
    account("migmanager", "managers");
  }

  @Test
  void aCollectorIsRefusedWithAProblem() {
    var response =
        http.withBasicAuth("migcollector", PASSWORD)
            .postForEntity(
                "/api/process-migrations",
                Map.of("processKey", "collections", "dryRun", false),
                String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(response.getBody()).contains("\"status\":403").contains("managers, camunda-admin");
  }

  @Test
  void aManagerGetsTheReportOfADryRun() {
    var response =
        http.withBasicAuth("migmanager", PASSWORD)
            .postForEntity(
                "/api/process-migrations",
                Map.of("processKey", "collections", "invoiceNumbers", java.util.List.of("NONE")),
                Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .containsEntry("processKey", "collections")
        .containsEntry("dryRun", true)
        .containsEntry("examined", 0)
        .containsKey("toVersion")
        .containsKey("couldNotMove");
  }

  @Test
  void anUnknownProcessIsNotFound() {
    var response =
        http.withBasicAuth("migmanager", PASSWORD)
            .postForEntity(
                "/api/process-migrations", Map.of("processKey", "no-such-process"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).contains("no-such-process");
  }

  @Test
  void aRequestWithoutAProcessKeyIsABadRequest() {
    var response =
        http.withBasicAuth("migmanager", PASSWORD)
            .postForEntity("/api/process-migrations", Map.of("dryRun", true), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody())
        .contains("\"field\":\"processKey\"")
        .contains("processKey is required");
  }

  private void account(String id, String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      Group created = identity.newGroup(group);
      created.setName(group);
      identity.saveGroup(created);
    }
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }
}
