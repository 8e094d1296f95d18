package org.fordra.customer;

/** How a customer receives notices. Some people never read e-mail; some want both. */
public enum Delivery {
  EMAIL,
  LETTER,
  EMAIL_AND_LETTER;

  public boolean byEmail() {
    return this != LETTER;
  }

  public boolean byLetter() {
    return this != EMAIL;
  }
}
