package org.fordra.statements;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.fordra.audit.AuditTrail;

/** What the MatchPayment task left for the step after it: notes and who decided. */
final class Resolutions {

  private Resolutions() {}

  static String notes(DelegateExecution execution) {
    Object notes = execution.getVariable(UnmatchedPaymentProcess.VAR_MATCH_NOTES);
    return notes == null ? "" : notes.toString().trim();
  }

  /**
   * The person who completed MatchPayment: the step runs in the same transaction as the
   * completion (no wait state between), so the engine's authenticated user is that person.
   */
  static String by(DelegateExecution execution) {
    Authentication current =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null || current.getUserId() == null ? AuditTrail.SYSTEM : current.getUserId();
  }
}
