package org.fordra.books;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Fordra's API over HTTP as the books call it, as a named member of staff. */
final class BooksApi {

  record Answer(int status, HttpHeaders headers, JsonNode body) {
    String contentType() {
      MediaType type = headers.getContentType();
      return type == null ? "" : type.toString();
    }
  }

  private static final String PASSWORD = "Test-Passw0rd!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String user;

  private BooksApi(TestRestTemplate http, String user) {
    this.http = http;
    this.user = user;
  }

  static BooksApi as(TestRestTemplate http, IdentityService identity, String user, String group) {
    if (identity.createUserQuery().userId(user).count() == 0) {
      User account = identity.newUser(user);
      account.setPassword(PASSWORD);
      identity.saveUser(account);
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(user, group);
    }
    return new BooksApi(http, user);
  }

  Answer get(String path) {
    return exchange(HttpMethod.GET, path, null, null, null);
  }

  Answer postJson(String path, String json) {
    return exchange(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON, null);
  }

  Answer postJsonAsync(String path, String json) {
    return exchange(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON, "respond-async");
  }

  /** The CSV as UTF-8 bytes, with no charset named: as a plain upload from the books comes. */
  Answer postCsv(String path, String csv) {
    return exchange(
        HttpMethod.POST, path, csv.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv"), null);
  }

  private Answer exchange(
      HttpMethod method, String path, Object body, MediaType type, String prefer) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    if (type != null) {
      headers.setContentType(type);
    }
    if (prefer != null) {
      headers.set("Prefer", prefer);
    }
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    JsonNode json;
    try {
      json = response.getBody() == null ? null : JSON.readTree(response.getBody());
    } catch (Exception notJson) {
      json = null;
    }
    return new Answer(response.getStatusCode().value(), response.getHeaders(), json);
  }
}
