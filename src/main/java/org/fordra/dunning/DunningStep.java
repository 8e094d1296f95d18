package org.fordra.dunning;

/**
 * The steps of the dunning ladder. Each waits for the date held in its variable; the steps run
 * in the order of those dates, which come from the dunning-schedule decision table.
 */
public enum DunningStep {
  PRE_DUE_REMINDER("preDueReminderAt"),
  DUE_NOTICE("dueNoticeAt"),
  REMINDER_1("reminder1At"),
  CALL("callAt"),
  REMINDER_2("reminder2At"),
  FINAL_NOTICE("finalNoticeAt"),
  /** A manager decides what happens when the final notice's deadline has passed. */
  DECISION("decisionAt");

  private final String dateVariable;

  DunningStep(String dateVariable) {
    this.dateVariable = dateVariable;
  }

  public String dateVariable() {
    return dateVariable;
  }
}
