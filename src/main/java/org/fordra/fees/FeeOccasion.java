package org.fordra.fees;

/** The steps of the dunning ladder at which a charge can arise. */
public enum FeeOccasion {
  DUE_NOTICE,
  REMINDER_1,
  REMINDER_2,
  FINAL_NOTICE,
  AGENCY_HANDOVER;

  /** A written reminder sent after the due date (a Mahnung, purring, påminnelse, aanmaning). */
  public boolean isWrittenReminder() {
    return this == REMINDER_1 || this == REMINDER_2 || this == FINAL_NOTICE;
  }
}
