package org.fordra.api;

/** The caller is signed in but their groups do not allow this: 403. */
public class Forbidden extends RuntimeException {

  public Forbidden(String detail) {
    super(detail);
  }
}
