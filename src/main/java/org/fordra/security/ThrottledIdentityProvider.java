package org.fordra.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, with {@link LoginThrottle} at the one place every login ends:
 * {@code IdentityService.checkPassword} runs the engine's {@code CheckPassword} command, which
 * asks this provider. So Fordra's API, /engine-rest (Camunda's HTTP Basic filter), the Camunda
 * webapps' login and Fordra's login page are throttled alike, without a door of their own.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  ThrottledIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = ClientAddress.current();
    if (throttle.closedUntil(userId, address).isPresent()) {
      // Refused without looking at the password: a guess in the delay window tells nothing.
      return false;
    }
    boolean right = super.checkPassword(userId, password);
    if (right) {
      throttle.succeeded(userId, address);
    } else {
      throttle.failed(userId, address);
    }
    return right;
  }

  /**
   * The engine would count failures per account and lock it for good after the tenth (for
   * everybody, from every address: an attacker's tool). The throttle counts them instead, per
   * address, in memory; nothing is written to the user's row.
   */
  @Override
  protected void lockUser(UserEntity user) {}

  /** Opens this provider for each command, as the engine's own factory does for its provider. */
  static final class Factory implements SessionFactory {

    private final LoginThrottle throttle;

    Factory(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    public Class<?> getSessionType() {
      return ThrottledIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new ThrottledIdentityProvider(throttle);
    }
  }
}
