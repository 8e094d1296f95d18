package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fordra.FordraApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class AdminPasswordRequiredTest {

  @Test
  void productionRefusesToStartWithoutAnAdminPassword() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(FordraApplication.class)
                    .profiles("postgres")
                    .properties("camunda.bpm.admin-user.password=", "server.port=0")
                    .run())
        .hasMessage(AdminPasswordRequired.MESSAGE);
  }
}
