package org.fordra.invoice.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The structured payment references Fordra issues and accepts. Each derives a reference from an
 * invoice's numeric id (unique, so the reference is unique) and checks one the books send.
 */
public enum ReferenceScheme {

  /**
   * ISO 11649 creditor reference: "RF", two check digits (ISO 7064 MOD 97-10) and 1 to 21 letters
   * or digits; accepted across SEPA, so the default for every currency without its own scheme.
   */
  RF {
    @Override
    public String derive(long id) {
      return rf(Long.toString(id));
    }

    @Override
    public boolean isValid(String reference) {
      if (!RF_FORM.matcher(reference).matches()) {
        return false;
      }
      // ISO 11649 § 5: move "RF" and the check digits to the end; the remainder must be 1.
      return CheckDigits.mod97(reference.substring(4) + reference.substring(0, 4)) == 1;
    }
  },

  /**
   * Bankgirot's OCR reference with a check digit only: digits, the last a Luhn ("10-modul") check
   * digit; 2 to 25 digits (Bankgiro Inbetalningar, "OCR-referenskontroll").
   */
  OCR {
    @Override
    public String derive(long id) {
      String body = Long.toString(id);
      return body + CheckDigits.luhn(body);
    }

    @Override
    public boolean isValid(String reference) {
      return DIGITS_2_TO_25.matcher(reference).matches() && luhnHolds(reference);
    }
  },

  /**
   * Bankgirot's OCR reference with check digit and length digit: the second-to-last digit is the
   * reference's whole length (check and length digit included), only its last digit where the
   * length is 10 or more; the Luhn check digit is computed over the length digit too.
   */
  OCR_WITH_LENGTH {
    @Override
    public String derive(long id) {
      String body = Long.toString(id);
      String withLength = body + (body.length() + 2) % 10;
      return withLength + CheckDigits.luhn(withLength);
    }

    @Override
    public boolean isValid(String reference) {
      return DIGITS_2_TO_25.matcher(reference).matches()
          && reference.length() >= 3
          && luhnHolds(reference)
          && reference.charAt(reference.length() - 2) - '0' == reference.length() % 10;
    }
  },

  /** Nets' KID with a MOD10 (Luhn) check digit last; 2 to 25 digits. */
  KID_MOD10 {
    @Override
    public String derive(long id) {
      String body = Long.toString(id);
      return body + CheckDigits.luhn(body);
    }

    @Override
    public boolean isValid(String reference) {
      return DIGITS_2_TO_25.matcher(reference).matches() && luhnHolds(reference);
    }
  },

  /**
   * Nets' KID with a MOD11 check digit last; 2 to 25 digits. Where the check digit would be 10
   * (Nets: "-"), Fordra uses the id with a leading 1 instead: many online banks refuse the dash.
   */
  KID_MOD11 {
    @Override
    public String derive(long id) {
      String body = String.format(Locale.ROOT, "%09d", id);
      if (CheckDigits.kidMod11(body) < 0) {
        body = "1" + body;
      }
      return body + CheckDigits.kidMod11(body);
    }

    @Override
    public boolean isValid(String reference) {
      if (!DIGITS_2_TO_25.matcher(reference).matches()) {
        return false;
      }
      String body = reference.substring(0, reference.length() - 1);
      return CheckDigits.kidMod11(body) == reference.charAt(reference.length() - 1) - '0';
    }
  },

  /**
   * The Dutch betalingskenmerk (Betaalvereniging Nederland): Fordra issues the 16-digit form, a
   * check digit first and 15 digits; it accepts every form the spec allows: 7 digits (no check),
   * 9 to 14 (check digit, length code, 7 to 12 digits) and 16.
   */
  BETALINGSKENMERK {
    @Override
    public String derive(long id) {
      String body = String.format(Locale.ROOT, "%015d", id);
      return CheckDigits.dutchMod11(body) + body;
    }

    @Override
    public boolean isValid(String reference) {
      if (!reference.matches("[0-9]{7}|[0-9]{9,14}|[0-9]{16}")) {
        return false;
      }
      if (reference.length() == 7) {
        return true;
      }
      String rest = reference.substring(1);
      if (reference.length() < 16 && rest.charAt(0) - '0' != (rest.length() - 1) % 10) {
        return false;
      }
      return CheckDigits.dutchMod11(rest) == reference.charAt(0) - '0';
    }
  };

  private static final Pattern RF_FORM = Pattern.compile("RF[0-9]{2}[0-9A-Z]{1,21}");
  private static final Pattern DIGITS_2_TO_25 = Pattern.compile("[0-9]{2,25}");

  /** A reference of this scheme for the invoice with this id: the same id, the same reference. */
  public abstract String derive(long id);

  /** Whether a reference, already {@link #normalise normalised}, is well formed and checks. */
  public abstract boolean isValid(String reference);

  /** As a payer may type it ("rf18 5390 0754 7034"): without spaces, upper case. */
  public static String normalise(String reference) {
    return reference.replaceAll("[\\s]", "").toUpperCase(Locale.ROOT);
  }

  /** "RF" + check digits + body (ISO 11649 § 4: 98 minus body + "RF00" modulo 97). */
  static String rf(String body) {
    int check = 98 - CheckDigits.mod97(body + "RF00");
    return String.format(Locale.ROOT, "RF%02d%s", check, body);
  }

  private static boolean luhnHolds(String reference) {
    int last = reference.charAt(reference.length() - 1) - '0';
    return CheckDigits.luhn(reference.substring(0, reference.length() - 1)) == last;
  }
}
