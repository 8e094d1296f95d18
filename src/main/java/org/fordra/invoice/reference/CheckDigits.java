package org.fordra.invoice.reference;

/**
 * The check-digit arithmetic of the structured payment references, each as its spec defines it.
 * Pure functions on digit strings; {@link ReferenceScheme} builds and checks whole references.
 */
final class CheckDigits {

  private CheckDigits() {}

  /**
   * ISO 7064 MOD 97-10 as ISO 11649 applies it: letters become 10..35 (A=10), the string is read
   * as one number, and the remainder modulo 97 is taken digit by digit so any length fits a long.
   */
  static int mod97(String alphanumerics) {
    int remainder = 0;
    for (int i = 0; i < alphanumerics.length(); i++) {
      int value = Character.digit(alphanumerics.charAt(i), 36);
      if (value < 0) {
        throw new IllegalArgumentException("not alphanumeric: " + alphanumerics);
      }
      remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
    }
    return remainder;
  }

  /**
   * The Luhn (modulus 10) check digit Bankgirot calls "10-modul" and Nets calls MOD10: from the
   * right, every other digit starting with the rightmost is doubled (digits of the product summed);
   * the check digit brings the sum up to a multiple of ten.
   */
  static int luhn(String digits) {
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Nets' MOD11 for KID: weights 2, 3, 4, 5, 6, 7, 2, 3, ... from the right; check digit is
   * 11 minus the remainder, 0 where the remainder is 0; -1 where it would be 10 (Nets writes "-",
   * which Fordra never issues).
   */
  static int kidMod11(String digits) {
    int sum = 0;
    int weight = 2;
    for (int i = digits.length() - 1; i >= 0; i--) {
      sum += (digits.charAt(i) - '0') * weight;
      weight = weight == 7 ? 2 : weight + 1;
    }
    int remainder = sum % 11;
    if (remainder == 0) {
      return 0;
    }
    return remainder == 1 ? -1 : 11 - remainder;
  }

  /**
   * The Dutch betalingskenmerk's weighted modulus 11 (Betaalvereniging Nederland, "Specificaties
   * betalingskenmerk"): weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 from the right, repeating; the check
   * digit is 11 minus the remainder, where 10 counts as 1 and 11 as 0.
   */
  static int dutchMod11(String digits) {
    int[] weights = {2, 4, 8, 5, 10, 9, 7, 3, 6, 1};
    int sum = 0;
    for (int i = digits.length() - 1, w = 0; i >= 0; i--, w++) {
      sum += (digits.charAt(i) - '0') * weights[w % weights.length];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 1 : check == 11 ? 0 : check;
  }
}
