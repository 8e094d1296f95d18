package org.fordra.api;

/** The thing a request names does not exist: 404. */
public class NotFound extends RuntimeException {

  public NotFound(String detail) {
    super(detail);
  }
}
