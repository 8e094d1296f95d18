package org.fordra.webhooks;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the books want to hear about changes: {@code fordra.webhooks[n].url} and
 * {@code fordra.webhooks[n].secret} (CONTRACT.md). Each endpoint gets every event, signed with
 * its own secret.
 */
@ConfigurationProperties("fordra")
record WebhookEndpoints(List<Endpoint> webhooks) {

  WebhookEndpoints {
    webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    for (Endpoint endpoint : webhooks) {
      if (endpoint.url() == null || endpoint.url().isBlank()) {
        throw new IllegalArgumentException("fordra.webhooks[n].url is required");
      }
      if (endpoint.secret() == null || endpoint.secret().length() < 16) {
        throw new IllegalArgumentException(
            "fordra.webhooks[n].secret for " + endpoint.url() + " must be at least 16 characters");
      }
    }
  }

  record Endpoint(String url, String secret) {}

  String secretFor(String url) {
    return webhooks.stream()
        .filter(endpoint -> endpoint.url().equals(url))
        .map(Endpoint::secret)
        .findFirst()
        .orElse(null);
  }
}
