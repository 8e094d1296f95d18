package org.fordra.api;

/**
 * Fordra cannot do this yet for want of something only a person can add (a published reference
 * rate): 503 with {@link #title()}, nothing changed. A feature's own failure of this kind extends
 * it, so the API answers it without knowing the feature.
 */
public class Unavailable extends RuntimeException {

  private final String title;

  public Unavailable(String title, String detail) {
    super(detail);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
