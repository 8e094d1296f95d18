package org.fordra.security;

import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who has been failing to sign in, and from where, for the people who answer for the accounts
 * (managers, administrators): a burst for one user from one address is somebody guessing.
 */
@RestController
class FailedLoginsController {

  private final LoginThrottle throttle;

  FailedLoginsController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  /** {@code [{user, address, failures, lastAt, blockedUntil}]}, newest first, the last hour. */
  @GetMapping(path = "/api/security/failed-logins", produces = "application/json")
  @ApiFor(Staff.BOOKKEEPING)
  List<LoginThrottle.FailedLogin> recent() {
    return throttle.recent();
  }
}
