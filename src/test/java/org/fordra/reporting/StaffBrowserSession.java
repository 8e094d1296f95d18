package org.fordra.reporting;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at a browser, without the browser: keeps the session cookie, does not follow
 * redirects (so a test sees them), signs in through Fordra's form or Tasklist's.
 */
public class StaffBrowserSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public StaffBrowserSession(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
  }

  /** A page as a browser set to {@code languages} (its Accept-Language) asks for it. */
  public HttpResponse<String> getIn(String path, String languages) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept-Language", languages)
            .GET()
            .build());
  }

  /** The session's form token, as a form on {@code path} carries it. */
  public String tokenOn(String path) {
    HttpResponse<String> page = get(path);
    Matcher token = TOKEN.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("no form on " + path + ": " + page.body());
    }
    return token.group(1);
  }

  /** Fills in and sends Fordra's login form; returns the answer to the form. */
  public HttpResponse<String> signIn(String user, String password) {
    HttpResponse<String> form = get("/login");
    Matcher token = TOKEN.matcher(form.body());
    if (!token.find()) {
      throw new IllegalStateException("no login form: " + form.body());
    }
    return postForm(
        "/login", "username=" + enc(user) + "&password=" + enc(password) + "&token=" + token.group(1)
            + "&next=%2F");
  }

  /** Presses "Sign out" on the invoice list (the form carries its session's token). */
  public HttpResponse<String> signOut() {
    HttpResponse<String> page = get("/invoices");
    Matcher token = TOKEN.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("no sign-out form: " + page.body());
    }
    return postForm("/logout", "token=" + token.group(1));
  }

  /** Signs in the way Tasklist's login page does (Camunda's own auth endpoint). */
  public HttpResponse<String> signInToTasklist(String user, String password) {
    get("/camunda/app/tasklist/default/");
    String xsrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse("");
    return send(
        HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", xsrf)
            .POST(HttpRequest.BodyPublishers.ofString(
                "username=" + enc(user) + "&password=" + enc(password)))
            .build());
  }

  public HttpResponse<String> postForm(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
