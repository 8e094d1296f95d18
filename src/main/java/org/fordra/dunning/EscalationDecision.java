package org.fordra.dunning;

/** What a manager decided after the final notice ({@code decision} of {@code DecideEscalation}). */
public enum EscalationDecision {
  AGENCY,
  SETTLE,
  WRITE_OFF,
  EXTEND
}
