package org.fordra.invoice.reference;

import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fordra.api.InvalidField.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which reference an invoice is paid with: the one the books send, if it checks; else one derived
 * from the invoice's id in the scheme of its currency ({@code fordra.references.schemes}, RF for
 * every currency not listed).
 */
@Component
@EnableConfigurationProperties(PaymentReferences.Settings.class)
public class PaymentReferences {

  /** {@code fordra.references.schemes}: currency code to scheme, e.g. SEK: OCR_WITH_LENGTH. */
  @ConfigurationProperties("fordra.references")
  public record Settings(Map<String, ReferenceScheme> schemes) {
    public Settings {
      schemes = schemes == null ? Map.of() : Map.copyOf(schemes);
    }
  }

  private final Map<String, ReferenceScheme> schemes = new HashMap<>();

  PaymentReferences(
      Settings settings,
      @Value("${fordra.creditor.accounts.SEK.bankgiro:}") String sekBankgiro,
      @Value("${fordra.creditor.accounts.NOK.account:}") String nokAccount,
      @Value("${fordra.creditor.accounts.EUR.iban:}") String eurIban) {
    settings.schemes().forEach((code, scheme) -> schemes.put(code.toUpperCase(Locale.ROOT), scheme));
    Map<ReferenceScheme, String> misfits = new EnumMap<>(ReferenceScheme.class);
    schemes.forEach(
        (code, scheme) -> {
          switch (scheme) {
            // An OCR reference only means something to Bankgirot: SEK paid to a Bankgiro number.
            case OCR, OCR_WITH_LENGTH -> {
              if (!"SEK".equals(code) || sekBankgiro.isBlank()) {
                misfits.put(scheme, "needs SEK and fordra.creditor.accounts.SEK.bankgiro");
              }
            }
            // A KID is read by Nets from payments in NOK to a Norwegian account.
            case KID_MOD10, KID_MOD11 -> {
              if (!"NOK".equals(code) || nokAccount.isBlank()) {
                misfits.put(scheme, "needs NOK and fordra.creditor.accounts.NOK.account");
              }
            }
            // Dutch banks check a betalingskenmerk only on payments to a Dutch account.
            case BETALINGSKENMERK -> {
              if (!"EUR".equals(code)
                  || !eurIban.replace(" ", "").toUpperCase(Locale.ROOT).startsWith("NL")) {
                misfits.put(scheme, "needs EUR and a Dutch fordra.creditor.accounts.EUR.iban");
              }
            }
            case RF -> {}
          }
        });
    if (!misfits.isEmpty()) {
      throw new IllegalStateException("fordra.references.schemes: " + misfits);
    }
  }

  public ReferenceScheme schemeFor(Currency currency) {
    return schemes.getOrDefault(currency.getCurrencyCode(), ReferenceScheme.RF);
  }

  /** The reference this invoice is paid with when the books send none. */
  public String derive(Currency currency, long invoiceId) {
    return schemeFor(currency).derive(invoiceId);
  }

  /**
   * A reference the books send, normalised, if it checks as RF or as the currency's own scheme;
   * else empty, with the reason added to {@code errors}.
   */
  public Optional<String> accept(String fromBooks, Currency currency, List<FieldError> errors) {
    String reference = ReferenceScheme.normalise(fromBooks);
    ReferenceScheme own = currency == null ? ReferenceScheme.RF : schemeFor(currency);
    if (reference.length() > 35) {
      errors.add(new FieldError("paymentReference", "is longer than 35 characters"));
      return Optional.empty();
    }
    if (ReferenceScheme.RF.isValid(reference) || own.isValid(reference)) {
      return Optional.of(reference);
    }
    String expected =
        own == ReferenceScheme.RF
            ? "an RF creditor reference (ISO 11649)"
            : "an RF creditor reference (ISO 11649) or a " + own + " reference";
    errors.add(
        new FieldError(
            "paymentReference",
            "'" + fromBooks + "' is not " + expected + " with valid check digits"));
    return Optional.empty();
  }
}
