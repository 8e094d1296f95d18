package org.fordra.invoice.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each scheme against the worked examples of its published spec. */
class ReferenceSchemeTest {

  @Test
  void rfCreditorReferenceMatchesIso11649sExample() {
    // ISO 11649:2009, Annex: the reference 539007547034 gets check digits 18.
    assertThat(ReferenceScheme.rf("539007547034")).isEqualTo("RF18539007547034");
    assertThat(ReferenceScheme.RF.isValid("RF18539007547034")).isTrue();
    assertThat(ReferenceScheme.RF.isValid(ReferenceScheme.normalise("rf18 5390 0754 7034"))).isTrue();
    // One digit mistyped, two digits swapped: caught by MOD 97-10.
    assertThat(ReferenceScheme.RF.isValid("RF18539007547035")).isFalse();
    assertThat(ReferenceScheme.RF.isValid("RF18539007574034")).isFalse();
    // More than 21 characters after the check digits is not a creditor reference.
    assertThat(ReferenceScheme.RF.isValid("RF001234567890123456789012")).isFalse();
  }

  @Test
  void swedishOcrFollowsBankgirotsTenModulus() {
    // Bankgirot, OCR-referenskontroll: the last digit is a 10-modul (Luhn) check digit. The
    // textbook Luhn example 7992739871 has check digit 3.
    assertThat(CheckDigits.luhn("7992739871")).isEqualTo(3);
    assertThat(ReferenceScheme.OCR.isValid("79927398713")).isTrue();
    assertThat(ReferenceScheme.OCR.isValid("79927398710")).isFalse();
    // With a length digit: 12345, length digit 7 (seven digits in all), check digit over 123457.
    assertThat(ReferenceScheme.OCR_WITH_LENGTH.derive(12345)).isEqualTo("1234574");
    assertThat(ReferenceScheme.OCR_WITH_LENGTH.isValid("1234574")).isTrue();
    // Length ten or more: only the last digit of the length ("0" for ten digits).
    assertThat(ReferenceScheme.OCR_WITH_LENGTH.derive(12345678)).startsWith("123456780");
    // A correct Luhn digit but the wrong length digit is refused.
    assertThat(ReferenceScheme.OCR_WITH_LENGTH.isValid("1234566" + CheckDigits.luhn("1234566")))
        .isFalse();
  }

  @Test
  void norwegianKidFollowsNetsMod10AndMod11() {
    // Nets, OCR giro systemspesifikasjon: MOD10 is Luhn, MOD11 weights 2-7 from the right.
    // 1234567890: MOD10 sum 47 -> 3; MOD11 sum 195, remainder 8 -> 11 - 8 = 3.
    assertThat(ReferenceScheme.KID_MOD10.derive(1234567890L)).isEqualTo("12345678903");
    assertThat(ReferenceScheme.KID_MOD11.isValid("12345678903")).isTrue();
    assertThat(ReferenceScheme.KID_MOD10.isValid("12345678904")).isFalse();
    assertThat(ReferenceScheme.KID_MOD11.isValid("12345678904")).isFalse();
    // Where the remainder is 1 the check digit would be "-": Fordra never issues one.
    for (long id = 1; id < 2000; id++) {
      String kid = ReferenceScheme.KID_MOD11.derive(id);
      assertThat(kid).matches("[0-9]+");
      assertThat(ReferenceScheme.KID_MOD11.isValid(kid)).isTrue();
    }
  }

  @Test
  void dutchBetalingskenmerkFollowsTheBetaalverenigingsWeightedModulus11() {
    // Betaalvereniging Nederland, "Specificaties betalingskenmerk": (5)000 0567 8901 2345,
    // sum of products 215, 215 mod 11 = 6, check digit 11 - 6 = 5.
    assertThat(CheckDigits.dutchMod11("000056789012345")).isEqualTo(5);
    assertThat(ReferenceScheme.BETALINGSKENMERK.isValid("5000056789012345")).isTrue();
    assertThat(ReferenceScheme.BETALINGSKENMERK.isValid("4000056789012345")).isFalse();
    assertThat(ReferenceScheme.BETALINGSKENMERK.derive(56789012345L)).isEqualTo("5000056789012345");
    // Its 14-digit example "12 2345 3462 2567": check digit 1, length code 2 (twelve follow).
    assertThat(ReferenceScheme.BETALINGSKENMERK.isValid("12234534622567")).isTrue();
    // Seven digits carry no check digit; eight or fifteen are no form at all.
    assertThat(ReferenceScheme.BETALINGSKENMERK.isValid("1234567")).isTrue();
    assertThat(ReferenceScheme.BETALINGSKENMERK.isValid("12345678")).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ReferenceScheme.class)
  void everyDerivedReferenceChecksAndNoTwoInvoicesShareOne(ReferenceScheme scheme) {
    Set<String> seen = new HashSet<>();
    for (long id = 1; id <= 20_000; id++) {
      String reference = scheme.derive(id);
      assertThat(scheme.isValid(reference)).as(reference).isTrue();
      assertThat(seen.add(reference)).as(reference).isTrue();
    }
    assertThat(scheme.derive(42)).isEqualTo(scheme.derive(42));
  }
}
