package org.fordra.security;

import org.fordra.api.ApiUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue and revoke tokens for machine clients (the accounting system, a bank
 * connector) instead of handing them a staff member's password. The secret is shown once.
 */
@RestController
@Validated
class ApiTokenController {

  private final ApiTokens tokens;
  private final ApiTokenRepository repository;

  ApiTokenController(ApiTokens tokens, ApiTokenRepository repository) {
    this.tokens = tokens;
    this.repository = repository;
  }

  record NewToken(
      @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String name,
      @NotEmpty List<String> scopes) {}

  record TokenView(
      Long id, String name, List<String> scopes, String createdBy, Instant createdAt,
      Instant lastUsedAt, Instant revokedAt) {
    static TokenView of(ApiToken token) {
      return new TokenView(token.getId(), token.getName(),
          token.scopes().stream().map(ApiTokenScope::id).toList(), token.getCreatedBy(),
          token.getCreatedAt(), token.getLastUsedAt(), token.getRevokedAt());
    }
  }

  record IssuedToken(TokenView token, String secret) {}

  @PostMapping(path = "/api/tokens", produces = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  @ApiFor(Staff.ADMINISTRATORS)
  IssuedToken issue(@RequestBody @Validated NewToken request) {
    List<ApiTokenScope> scopes;
    try {
      scopes = request.scopes().stream().map(ApiTokenScope::of).distinct().toList();
    } catch (IllegalArgumentException unknown) {
      throw new InvalidField("scopes", unknown.getMessage());
    }
    if (repository.existsByName(request.name())) {
      throw new Conflict("A token named " + request.name() + " exists; revoke it or choose another name");
    }
    String by = ApiUser.current().map(ApiUser::id).orElse("?");
    ApiTokens.Issued issued = tokens.issue(request.name(), scopes, by);
    return new IssuedToken(TokenView.of(issued.token()), issued.secret());
  }

  @GetMapping(path = "/api/tokens", produces = "application/json")
  @ApiFor(Staff.ADMINISTRATORS)
  List<TokenView> list() {
    return repository.findAllByOrderByIdAsc().stream().map(TokenView::of).toList();
  }

  @DeleteMapping(path = "/api/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @ApiFor(Staff.ADMINISTRATORS)
  void revoke(@PathVariable Long id) {
    if (!tokens.revoke(id)) {
      throw new NotFound("No token " + id);
    }
  }
}
