package org.fordra.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A machine client's credential: its name, its scopes, and the hash of its secret. */
@Entity
class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String tokenHash;
  private String scopes;
  private String createdBy;
  private Instant createdAt;
  private Instant lastUsedAt;
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(String name, String tokenHash, List<ApiTokenScope> scopes, String createdBy, Instant now) {
    this.name = name;
    this.tokenHash = tokenHash;
    this.scopes = String.join(",", scopes.stream().map(ApiTokenScope::id).toList());
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  List<ApiTokenScope> scopes() {
    return Arrays.stream(scopes.split(",")).map(ApiTokenScope::of).toList();
  }

  boolean allows(String method, String path) {
    return scopes().stream().anyMatch(scope -> scope.allows(method, path));
  }

  void used(Instant now) {
    lastUsedAt = now;
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  Long getId() {
    return id;
  }

  String getName() {
    return name;
  }

  String getCreatedBy() {
    return createdBy;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getLastUsedAt() {
    return lastUsedAt;
  }

  Instant getRevokedAt() {
    return revokedAt;
  }
}
