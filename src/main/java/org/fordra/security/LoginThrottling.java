package org.fordra.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LoginThrottle} in the engine's password check and turns the engine's own account
 * lock off: it locked an account permanently after {@code loginMaxAttempts} (10) wrong passwords
 * from anybody, anywhere (ENGINE-27002), until an administrator unlocked it.
 */
@Component
class LoginThrottling extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;

  LoginThrottling(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle));
    // The provider never locks; these hold even for a row locked before Fordra throttled: never
    // "permanently" locked, and a lock's delay of 0 s (base 0 x factor^n, at most 0 s) is over.
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
    configuration.setLoginDelayFactor(0);
    configuration.setLoginDelayMaxTime(0);
  }
}
