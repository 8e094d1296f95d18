package org.fordra.statements;

import org.fordra.api.InvalidField;

/**
 * A bank file Fordra cannot read: a 400 problem naming the line or element and what is wrong
 * with it. Thrown before anything is booked, so nothing of the file is.
 */
public class MalformedStatement extends InvalidField {

  public MalformedStatement(String where, String message) {
    super(where, message);
  }
}
