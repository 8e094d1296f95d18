package org.fordra.dunning;

/**
 * The names the outside contract fixes (CONTRACT.md): process keys, messages, user tasks and the
 * variables their forms set. BPMN files, delegates, tests and forms all use these.
 */
public final class CollectionsProcess {

  public static final String PROCESS_KEY = "collections";
  public static final String PAYMENT_PLAN_KEY = "payment-plan";
  public static final String SCHEDULE_DECISION_KEY = "dunning-schedule";

  public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";
  public static final String MESSAGE_DISPUTE_RAISED = "DisputeRaised";

  public static final String TASK_CALL_CUSTOMER = "CallCustomer";
  public static final String TASK_REVIEW_DISPUTE = "ReviewDispute";
  public static final String TASK_DECIDE_ESCALATION = "DecideEscalation";

  public static final String VAR_INVOICE_NUMBER = "invoiceNumber";
  public static final String VAR_CUSTOMER_TYPE = "customerType";

  public static final String VAR_CALL_OUTCOME = "callOutcome";
  public static final String VAR_PROMISED_DATE = "promisedDate";
  public static final String VAR_PLAN_INSTALLMENTS = "planInstallments";
  public static final String VAR_CALL_NOTES = "callNotes";

  public static final String VAR_DISPUTE_RESOLUTION = "disputeResolution";
  public static final String VAR_CREDIT_AMOUNT = "creditAmount";
  public static final String VAR_RESOLUTION_NOTES = "resolutionNotes";

  public static final String VAR_DECISION = "decision";
  public static final String VAR_SETTLEMENT_AMOUNT = "settlementAmount";
  public static final String VAR_EXTEND_DAYS = "extendDays";
  public static final String VAR_DECISION_NOTES = "decisionNotes";

  /** Set by the process itself. */
  public static final String VAR_NEXT_STEP = "nextStep";
  /** Only in cases planned before the schedule had its table (dunning_schedule, V138). */
  public static final String VAR_STEP_ORDER = "stepOrder";
  public static final String VAR_PAUSED_AT = "pausedAt";
  public static final String VAR_PROMISE_CHECK_AT = "promiseCheckAt";
  public static final String VAR_PLAN_OUTCOME = "planOutcome";
  public static final String VAR_CLAIM_CLEARED = "claimCleared";
  public static final String VAR_AGENCY_REVIEW_AT = "agencyReviewAt";
  public static final String VAR_SETTLEMENT_DEADLINE_AT = "settlementDeadlineAt";
  public static final String VAR_EXTENSION_ENDS_AT = "extensionEndsAt";

  /** Set by the payment-plan process. */
  public static final String VAR_INSTALLMENT_NUMBER = "installmentNumber";
  public static final String VAR_INSTALLMENT_COUNT = "installmentCount";
  public static final String VAR_INSTALLMENT_DUE_AT = "installmentDueAt";
  public static final String VAR_INSTALLMENT_PAID = "installmentPaid";
  public static final String VAR_GRACE_ENDS_AT = "graceEndsAt";
  /** A term of the case's schedule (CaseSchedule); a variable only in cases planned before it. */
  public static final String VAR_MISSED_INSTALLMENT_GRACE_DAYS = "missedInstallmentGraceDays";

  private CollectionsProcess() {}
}
