package org.fordra.api;

/** The request is well formed but clashes with what is stored (a duplicate, a closed case): 409. */
public class Conflict extends RuntimeException {

  public Conflict(String detail) {
    super(detail);
  }

  public Conflict(String detail, Throwable cause) {
    super(detail, cause);
  }
}
