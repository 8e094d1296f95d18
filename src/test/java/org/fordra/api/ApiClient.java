package org.fordra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls Fordra's API over HTTP as a named member of staff, and reads JSON answers. */
final class ApiClient {

  record Answer(int status, String contentType, JsonNode body, String raw) {}

  static final String PASSWORD = "Test-Passw0rd!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String user;

  private ApiClient(TestRestTemplate http, String user) {
    this.http = http;
    this.user = user;
  }

  /** A client signed in as {@code user}, created with membership of {@code group} if new. */
  static ApiClient as(TestRestTemplate http, IdentityService identity, String user, String group) {
    if (identity.createUserQuery().userId(user).count() == 0) {
      User account = identity.newUser(user);
      account.setPassword(PASSWORD);
      identity.saveUser(account);
      if (group != null) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
          identity.saveGroup(identity.newGroup(group));
        }
        identity.createMembership(user, group);
      }
    }
    return new ApiClient(http, user);
  }

  Answer get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  Answer post(String path, String json) {
    return exchange(HttpMethod.POST, path, json);
  }

  private Answer exchange(HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    String raw = response.getBody();
    JsonNode body;
    try {
      body = raw == null || raw.isBlank() ? null : JSON.readTree(raw);
    } catch (Exception notJson) {
      body = null;
    }
    MediaType type = response.getHeaders().getContentType();
    return new Answer(
        response.getStatusCode().value(), type == null ? null : type.toString(), body, raw);
  }
}
