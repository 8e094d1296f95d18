package org.fordra.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.fordra.FordraApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means the data is on disk (issue 11, finding 3). Fordra runs in a JVM of its own, as
 * {@code ./mvnw spring-boot:run} would run it; the test registers invoices and books payments
 * over HTTP and kills the server as hard as a power cut takes the process ({@code kill -9},
 * {@link Process#destroyForcibly()}) right after a 201 at a seeded random point, starts it again
 * on the same files, and finds every acknowledged invoice, its case and its payment exactly once.
 *
 * <p>On H2 the server runs in a fresh folder with the default profile, so the database is the
 * one application.yml names ({@code ./data/fordra}): before {@code WRITE_DELAY=0} this lost the
 * last half second of 201s. On PostgreSQL the database server crashes with Fordra.
 */
class CrashDurabilityTest {

  /** Another seed moves the kill: {@code -Dfordra.crash.seed=...}. */
  static final long SEED = Long.getLong("fordra.crash.seed", 11_3L);

  static final int INVOICES = 24;
  static final String ADMIN_PASSWORD = "Crash-test-passw0rd";
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A cheaper start for a server that lives a few seconds (a start is most of this test's time):
   * the quick (C1) compiler only, and the serial collector, which spends no threads on a heap of
   * a few hundred megabytes; neither changes what reaches the disk or when a commit returns.
   */
  static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /**
   * What this test never calls, not started: the Camunda webapps (Cockpit, Tasklist, Admin; the
   * engine's REST API, which {@link Api#casesOf} uses, is the REST starter's and stays) and the
   * OpenAPI description. Neither writes to the database. With {@link #QUICK_START}, 1 to 2 s
   * less CPU per start of about 12 s (measured on the shared 2-core machine, 2 Dec 2026).
   */
  static final List<String> UNUSED_HERE =
      List.of(
          "--camunda.bpm.webapp.enabled=false",
          "--springdoc.api-docs.enabled=false",
          "--springdoc.swagger-ui.enabled=false");

  @TempDir Path folder;
  Process server;
  EmbeddedPostgres postgres;

  @AfterEach
  void stopServers() throws Exception {
    if (server != null) {
      server.destroyForcibly().waitFor();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void everyAcknowledgedInvoiceAndPaymentOnH2SurvivesAKill() throws Exception {
    List<String> settings =
        List.of(
            // The demo's own invoices would only slow the start; its users are not needed.
            "--fordra.demo.enabled=false",
            "--camunda.bpm.admin-user.id=admin",
            "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
    survivesAKill("h2", settings);
  }

  /**
   * The power cut takes PostgreSQL too: right after Fordra, the database server is shut down
   * the way a crash leaves it (SIGQUIT, PostgreSQL's "immediate" mode: no flush, no checkpoint;
   * crash recovery from the WAL on the next start). What only sat in the WAL buffers, as a
   * commit acknowledged with synchronous_commit=off does, is gone; the embedded server's own
   * default is off, so this proves Fordra's connections commit synchronously.
   */
  @Test
  void everyAcknowledgedInvoiceAndPaymentOnPostgresSurvivesAKillOfFordraAndPostgres()
      throws Exception {
    Path data = folder.resolve("postgres-data");
    postgres = startPostgres(data);
    Supplier<List<String>> settings =
        () ->
            List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                "--fordra.notices.outbox=" + folder.resolve("outbox"),
                "--fordra.agency.folder=" + folder.resolve("agency-cases"));
    // The postmaster's process id is the first line of postmaster.pid in its folder.
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    ProcessBuilder immediateShutdown = new ProcessBuilder("kill", "-QUIT", Long.toString(pid));
    survivesAKill(
        "postgres",
        settings,
        new Crash() {
          @Override
          public void happen() throws Exception {
            assertThat(immediateShutdown.start().waitFor()).isZero();
          }

          @Override
          public void recover() throws Exception {
            ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().join());
            postgres.close(); // its lock on the folder; the folder itself stays
            postgres = startPostgres(data);
          }
        });
  }

  private static EmbeddedPostgres startPostgres(Path data) throws IOException {
    File log = new File("target/crash-durability-postgres-server.log").getAbsoluteFile();
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
        .start();
  }

  /** Whatever else the crash takes down with Fordra, and brings back. */
  interface Crash {
    void happen() throws Exception;

    default void recover() throws Exception {}
  }

  private void survivesAKill(String name, List<String> settings) throws Exception {
    survivesAKill(name, () -> settings, () -> {});
  }

  private void survivesAKill(String name, Supplier<List<String>> settings, Crash crash)
      throws Exception {
    Random random = new Random(SEED);
    // Somewhere past the first few, before the end: the kill lands right after this many 201s.
    int killAfter = 6 + random.nextInt(2 * INVOICES - 10);
    String prefix = name.toUpperCase() + "-" + SEED + "-";

    Api api = start(name + "-1", settings.get());
    long customer = api.aCustomer();
    Map<String, BigDecimal> invoices = new LinkedHashMap<>();
    Map<String, BigDecimal> payments = new LinkedHashMap<>();
    int acknowledged = 0;
    for (int i = 1; acknowledged < killAfter; i++) {
      String number = prefix + i;
      BigDecimal amount = new BigDecimal(100 + i).setScale(2);
      assertThat(api.registerInvoice(number, customer, amount)).isEqualTo(201);
      invoices.put(number, amount);
      if (++acknowledged == killAfter) {
        break;
      }
      // A part payment: the case goes on and can be counted among the running ones.
      BigDecimal paid = new BigDecimal(i).setScale(2);
      assertThat(api.bookPayment(number, paid, "PAY-" + number)).isEqualTo(201);
      payments.put(number, paid);
      acknowledged++;
    }
    // The database first: a commit acknowledged before it reached the WAL on disk has a few
    // milliseconds here, not the time a JVM takes to die.
    crash.happen();
    server.destroyForcibly().waitFor();
    crash.recover();

    api = start(name + "-2", settings.get());
    for (var invoice : invoices.entrySet()) {
      String number = invoice.getKey();
      JsonNode stored = api.invoice(number);
      assertThat(stored).as("invoice %s, acknowledged with 201", number).isNotNull();
      assertThat(new BigDecimal(stored.get("principal").asText())).isEqualByComparingTo(invoice.getValue());
      assertThat(api.casesOf(number)).as("cases of %s", number).isEqualTo(1);
      BigDecimal paid = payments.getOrDefault(number, BigDecimal.ZERO);
      assertThat(new BigDecimal(stored.get("paid").asText()))
          .as("paid on %s", number)
          .isEqualByComparingTo(paid);
      if (payments.containsKey(number)) {
        // The bank sends it again: the payment is there, once (200 with the first, not a 201).
        assertThat(api.bookPayment(number, paid, "PAY-" + number)).isEqualTo(200);
        assertThat(new BigDecimal(api.invoice(number).get("paid").asText()))
            .isEqualByComparingTo(paid);
      }
    }
    assertThat(invoices.size() + payments.size()).isEqualTo(killAfter);
  }

  /** Starts Fordra in its own JVM, working in the test's folder, and waits until it answers. */
  private Api start(String run, List<String> settings) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(QUICK_START);
    command.add("-cp");
    command.add(absoluteClassPath());
    command.add(FordraApplication.class.getName());
    command.add("--server.port=" + port);
    command.add("--spring.main.banner-mode=off");
    command.addAll(UNUSED_HERE);
    command.addAll(settings);
    File log = new File("target/crash-durability-" + run + ".log").getAbsoluteFile();
    log.getParentFile().mkdirs();
    server =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    Api api = new Api(port);
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (!api.isUp()) {
      assertThat(server.isAlive()).as("Fordra runs (see %s)", log).isTrue();
      assertThat(System.nanoTime()).as("Fordra is up in time (see %s)", log).isLessThan(deadline);
      Thread.sleep(100);
    }
    return api;
  }

  /** The server works in another folder: every entry of the class path made absolute. */
  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(new File(entry).getAbsolutePath());
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Fordra's API and the engine's REST API over plain HTTP, as the administrator. */
  record Api(int port) {
    static final HttpClient HTTP =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Up once the API answers the administrator: a 404 for an invoice nobody registered. */
    boolean isUp() {
      try {
        return send("GET", "/api/invoices/NOT-REGISTERED", null).statusCode() == 404;
      } catch (IOException notYet) {
        return false;
      }
    }

    long aCustomer() throws IOException {
      var created =
          send(
              "POST",
              "/api/customers",
              """
              {"name": "Kraschtest AB", "type": "BUSINESS", "country": "SE", "language": "sv",
               "email": "ekonomi@kraschtest.example", "phone": "+46 8 123 456",
               "timeZone": "Europe/Stockholm"}
              """);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      return JSON.readTree(created.body()).get("id").asLong();
    }

    /** Issued today (the server runs on the machine's clock), due in a month. */
    int registerInvoice(String number, long customer, BigDecimal amount) throws IOException {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      return status(
          send(
              "POST",
              "/api/invoices",
              """
              {"number": "%s", "customerId": %d, "issueDate": "%s",
               "dueDate": "%s", "currency": "SEK", "amount": "%s"}
              """
                  .formatted(
                      number, customer, today, today.plusMonths(1), amount.toPlainString())));
    }

    int bookPayment(String number, BigDecimal amount, String reference) throws IOException {
      return status(
          send(
              "POST",
              "/api/invoices/" + number + "/payments",
              """
              {"amount": "%s", "currency": "SEK", "paidOn": "%s", "reference": "%s"}
              """
                  .formatted(
                      amount.toPlainString(), LocalDate.now(ZoneOffset.UTC), reference)));
    }

    /** The status; the body too when it is not a success, for the failure message. */
    private static int status(HttpResponse<String> answer) {
      if (answer.statusCode() >= 300) {
        System.out.println("crash test: " + answer.statusCode() + " " + answer.body());
      }
      return answer.statusCode();
    }

    JsonNode invoice(String number) throws IOException {
      var answer = send("GET", "/api/invoices/" + number, null);
      return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
    }

    /** Collections cases with this business key, running or ended. */
    long casesOf(String number) throws IOException {
      var answer =
          send(
              "GET",
              "/engine-rest/history/process-instance/count?processDefinitionKey=collections"
                  + "&processInstanceBusinessKey="
                  + number,
              null);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return JSON.readTree(answer.body()).get("count").asLong();
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException {
      String login =
          Base64.getEncoder()
              .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Basic " + login)
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      try {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException(interrupted);
      }
    }
  }
}
