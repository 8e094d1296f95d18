package org.fordra.breathingspace;

/**
 * The two moratoria of the Debt Respite Scheme (Breathing Space Moratorium and Mental Health
 * Crisis Moratorium) (England and Wales) Regulations 2020, SI 2020/1311.
 */
public enum MoratoriumKind {
  /** Part 2: a breathing space moratorium, 60 days from its start (reg. 26). */
  STANDARD,
  /**
   * Part 3: a mental health crisis moratorium, for as long as the crisis treatment lasts and 30
   * days more (Part 3 of the Regulations): open-ended until a person records the end of the treatment.
   */
  MENTAL_HEALTH_CRISIS
}
