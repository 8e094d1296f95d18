package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After the login, Fordra returns to the page asked for, never to another site. */
class StaffLoginRedirectTest {

  @Test
  void returnsOnlyToPagesOfThisServer() {
    assertThat(StaffLoginController.safe("/aging?asOf=2026-06-30")).isEqualTo("/aging?asOf=2026-06-30");
    assertThat(StaffLoginController.safe("https://evil.example/")).isEqualTo("/");
    assertThat(StaffLoginController.safe("//evil.example/")).isEqualTo("/");
    assertThat(StaffLoginController.safe("/\\evil.example/")).isEqualTo("/");
    assertThat(StaffLoginController.safe("/\t/evil.example/")).isEqualTo("/");
    assertThat(StaffLoginController.safe("/%0a/x")).isEqualTo("/%0a/x");
    assertThat(StaffLoginController.safe("/invoices?status=OPEN&customer=Alpha")).isEqualTo(
        "/invoices?status=OPEN&customer=Alpha");
    assertThat(StaffLoginController.safe(null)).isEqualTo("/");
    assertThat(StaffLoginController.safe("/login")).isEqualTo("/");
  }
}
