package org.fordra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends many requests to the running server over real HTTP from a few client threads, as an
 * accounting system pushing its invoices would, and times each one.
 */
final class HttpLoad {

  /** One request to send: where to, and its JSON body. */
  record Call(String path, String json) {}

  /** What a batch of calls took: wall time, each call's latency, and any refusal. */
  record Result(int calls, double seconds, Latencies latencies, int failures, String firstFailure) {
    double perSecond() {
      return calls / seconds;
    }
  }

  private final HttpClient client;
  private final String base;
  private final String authorization;
  private final int threads;

  HttpLoad(int port, String user, String password, int threads) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.base = "http://localhost:" + port;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.threads = threads;
  }

  /** GETs one path and returns the status and body; for setting up, not timed. */
  HttpResponse<String> get(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Authorization", authorization)
              .header("Accept", "application/json")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception failed) {
      throw new IllegalStateException("GET " + path + " failed", failed);
    }
  }

  /** POSTs one call and returns the status and body; for setting up, not timed. */
  HttpResponse<String> post(Call call) {
    try {
      return client.send(request(call), HttpResponse.BodyHandlers.ofString());
    } catch (Exception failed) {
      throw new IllegalStateException("POST " + call.path() + " failed", failed);
    }
  }

  /** POSTs calls 0..count-1 from the client threads; a call is good if its status is 2xx. */
  Result run(int count, IntFunction<Call> callNumber) {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    String[] firstFailure = new String[1];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Call call = callNumber.apply(i);
                    long sent = System.nanoTime();
                    String failure;
                    try {
                      HttpResponse<String> answer =
                          client.send(request(call), HttpResponse.BodyHandlers.ofString());
                      failure =
                          answer.statusCode() / 100 == 2
                              ? null
                              : answer.statusCode() + " " + call.path() + ": " + answer.body();
                    } catch (Exception broken) {
                      failure = call.path() + ": " + broken;
                    }
                    nanos[i] = System.nanoTime() - sent;
                    if ((i + 1) % 1000 == 0) {
                      System.out.printf(
                          "bench |   %,d sent, %.0f/s so far%n",
                          i + 1, (i + 1) / ((System.nanoTime() - start) / 1e9));
                    }
                    if (failure != null && failures.getAndIncrement() == 0) {
                      firstFailure[0] = failure;
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception interrupted) {
      throw new IllegalStateException(interrupted);
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(count, seconds, Latencies.of(nanos), failures.get(), firstFailure[0]);
  }

  private HttpRequest request(Call call) {
    return HttpRequest.newBuilder(URI.create(base + call.path()))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(call.json()))
        .build();
  }
}
