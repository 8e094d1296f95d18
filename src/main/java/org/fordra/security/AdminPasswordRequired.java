package org.fordra.security;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo, there is no default password: Fordra will not start on PostgreSQL until the
 * administrator's password is given, rather than start with one anybody could guess.
 */
public class AdminPasswordRequired implements EnvironmentPostProcessor {

  static final String MESSAGE =
      "Fordra needs a password for its first administrator: set the environment variable "
          + "FORDRA_ADMIN_PASSWORD (and optionally FORDRA_ADMIN_USER, default 'admin') and start "
          + "again. The postgres profile has no demo users and no default password.";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    boolean production = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (production && (password == null || password.isBlank())) {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
