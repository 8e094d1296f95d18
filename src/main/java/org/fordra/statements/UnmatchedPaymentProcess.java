package org.fordra.statements;

/**
 * The names the outside contract fixes for entries nothing matched (CONTRACT.md): the process,
 * its user task and the variables its form sets. processes/unmatched-payment.bpmn and
 * forms/match-payment.form use these.
 */
public final class UnmatchedPaymentProcess {

  public static final String PROCESS_KEY = "unmatched-payment";
  public static final String TASK_MATCH_PAYMENT = "MatchPayment";

  /** Set by Fordra when it starts the process: which entry waits. */
  public static final String VAR_STATEMENT_ENTRY_ID = "statementEntryId";

  /** Set by the person: {@code BOOK} | {@code REFUND} | {@code ON_ACCOUNT}. */
  public static final String VAR_MATCH_ACTION = "matchAction";
  /** For BOOK (and ON_ACCOUNT: whose account), comma-separated invoice numbers. */
  public static final String VAR_MATCH_INVOICE_NUMBERS = "matchInvoiceNumbers";
  public static final String VAR_MATCH_NOTES = "matchNotes";

  private UnmatchedPaymentProcess() {}
}
