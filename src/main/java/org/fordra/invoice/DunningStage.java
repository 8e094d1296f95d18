package org.fordra.invoice;

/** The last dunning step reached, in the order a customer meets them. */
public enum DunningStage {
  NONE,
  PRE_DUE_REMINDER,
  DUE_NOTICE,
  REMINDER_1,
  REMINDER_2,
  FINAL_NOTICE,
  ESCALATED
}
