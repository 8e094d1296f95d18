package org.fordra.dunning.contact;

/**
 * The names of the contact gate in processes/collections.bpmn: every ladder step, once its date
 * has come, asks {@code FindContactMoment} whether the customer may be contacted now, and either
 * goes on, waits at {@code WaitForContactMoment} until {@code contactAt}, or is marked done when
 * another invoice's notice already covers it.
 */
public final class ContactGate {

  public static final String FIND = "FindContactMoment";
  public static final String WAIT = "WaitForContactMoment";
  public static final String MARK_COVERED = "MarkStepCovered";
  /** The gateway that leads, once the contact may happen now, to the step's notice or call. */
  public static final String CHOOSE = "ContactStep";

  /** The first allowed moment (a Date) when the contact has to wait. */
  public static final String VAR_CONTACT_AT = "contactAt";
  /** True when the contact may happen now. */
  public static final String VAR_CONTACT_NOW = "contactNow";
  /** True when another invoice's notice already carries this step's notice. */
  public static final String VAR_CONTACT_COVERED = "contactCovered";

  private ContactGate() {}
}
