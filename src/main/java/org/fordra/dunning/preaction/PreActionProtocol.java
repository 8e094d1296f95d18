package org.fordra.dunning.preaction;

import java.util.Locale;
import java.util.Set;
import org.fordra.customer.Customer;

/**
 * The Pre-Action Protocol for Debt Claims (England & Wales, in force since 1 October 2017, under
 * the Practice Direction – Pre-Action Conduct and Protocols) in processes/collections.bpmn: the
 * names of its steps and variables, and whom it protects.
 *
 * <p>Before a claim goes to an agency or court, a business sends an individual debtor a Letter of
 * Claim (para 3) and waits 30 days for the Reply Form (para 4.1); a debtor seeking debt advice
 * gets 30 days more from the reply (para 7.2), and while the parties are talking nothing is
 * started: a returned Reply Form stops the case at {@link #TASK_REVIEW_REPLY} for a person.
 */
public final class PreActionProtocol {

  /** The user task where a person reads a returned Reply Form (managers, collectors). */
  public static final String TASK_REVIEW_REPLY = "ReviewPreActionReply";
  /** The message the reply endpoint correlates. */
  public static final String MESSAGE_REPLY_RECEIVED = "PreActionReplyReceived";
  /** Where the case waits for the reply or the end of the protocol's periods. */
  public static final String AWAIT_REPLY = "AwaitPreActionReply";
  public static final String SEND_LETTER = "SendLetterOfClaim";

  /** {@link Step}: what the protocol asks before a hand-over. */
  public static final String VAR_STEP = "preActionStep";
  /** The first moment the claim may go to the agency (a Date). */
  public static final String VAR_HAND_OVER_FROM = "preActionHandOverFrom";
  /** What the debtor ticked, for the person's form. */
  public static final String VAR_REPLY_SUMMARY = "preActionReplySummary";
  /** The task's outcome: {@link ReplyOutcome}. */
  public static final String VAR_REPLY_OUTCOME = "preActionReplyOutcome";
  public static final String VAR_REPLY_NOTES = "preActionReplyNotes";

  /** Para 7.2: a debtor seeking debt advice has 30 days from the reply to get it. */
  static final int ADVICE_DAYS = 30;

  /** Scotland and Northern Ireland have their own rules; the protocol is England and Wales'. */
  private static final Set<String> OUTSIDE_ENGLAND_AND_WALES = Set.of("GB-SCT", "GB-NIR");

  /** What the protocol asks before a hand-over. */
  public enum Step {
    /** A business debtor, or not in England and Wales: hand over at once. */
    NOT_APPLICABLE,
    /** No Letter of Claim yet: send it, then wait. */
    SEND_LETTER,
    /** The letter went out earlier: wait for what remains of its periods. */
    AWAIT_REPLY
  }

  /** What the person reading the Reply Form decided. */
  public enum ReplyOutcome {
    /** No agreement in sight: the claim goes to the agency once the protocol's periods are over. */
    PROCEED,
    /** The reply changes things (a dispute, an offer): the managers decide again. */
    DECIDE_AGAIN
  }

  private PreActionProtocol() {}

  /**
   * Para 1.1: the protocol applies to a business claiming a debt from an individual, including a
   * sole trader, in England and Wales.
   */
  public static boolean protects(Customer customer) {
    String country = customer.getCountry().toUpperCase(Locale.ROOT);
    boolean greatBritain = "GB".equals(country) || "UK".equals(country);
    boolean elsewhereInTheUk =
        customer.getRegion() != null && OUTSIDE_ENGLAND_AND_WALES.contains(customer.getRegion());
    return greatBritain && !elsewhereInTheUk && customer.isIndividual();
  }
}
