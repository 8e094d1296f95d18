package org.fordra.money;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Amount} and {@link Currency} on a request record, with the API's field and message. */
class AmountAndCurrencyConstraintsTest {

  @Amount
  record Request(BigDecimal amount, @Currency String currency) implements Amount.InCurrency {}

  static ValidatorFactory factory;
  static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void centsInEurosAndWholeYenAreAmounts() {
    assertThat(errors("12.50", "EUR")).isEmpty();
    assertThat(errors("100", "JPY")).isEmpty();
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRejectedNeverRounded() {
    assertThat(errors("12.505", "EUR"))
        .containsExactly("amount: 12.505 has more than 2 decimals for EUR");
    assertThat(errors("100.5", "JPY"))
        .containsExactly("amount: 100.5 has more than 0 decimals for JPY");
  }

  @Test
  void anAmountIsMoreThanZeroAndPresent() {
    assertThat(errors("-1", "EUR")).containsExactly("amount: must be more than zero");
    assertThat(errors("0", "EUR")).containsExactly("amount: must be more than zero");
    assertThat(errors(null, "EUR")).containsExactly("amount: is required");
    assertThat(errors("1000000000000000", "EUR")).containsExactly("amount: is too large");
  }

  @Test
  void aCurrencyIsAnIso4217CodeWithMinorUnits() {
    assertThat(errors("12.50", "XXQ"))
        .containsExactly("currency: 'XXQ' is not an ISO 4217 currency code");
    assertThat(errors("12.50", "XAU"))
        .containsExactly("currency: 'XAU' is not a currency invoices are paid in");
    assertThat(errors("12.50", " ")).containsExactly("currency: is required");
  }

  @Test
  void whatTheClientSentIsQuotedAsTextNeverInterpolated() {
    assertThat(errors("1", "${1+1}{amount}"))
        .containsExactly("currency: '${1+1}{amount}' is not an ISO 4217 currency code");
  }

  private static List<String> errors(String amount, String currency) {
    return validator.validate(new Request(amount == null ? null : new BigDecimal(amount), currency))
        .stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .toList();
  }
}
