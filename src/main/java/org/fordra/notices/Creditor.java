package org.fordra.notices;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The creditor's own name and payment details, printed on every notice: a demand that does not
 * say whom to pay, where and with which reference is one nobody can act on.
 *
 * <p>Each currency is paid where its payers can pay it ({@code fordra.creditor.accounts.<CODE>}):
 * IBAN and BIC for EUR, a Bankgiro number for SEK, a Norwegian account number for NOK, sort code
 * and account number for GBP. A currency without its own entry is paid to the top-level
 * {@code iban} and {@code bic} (an international transfer); {@code bankgiro} and {@code account}
 * at the top level are domestic and so never printed for another currency.
 */
@ConfigurationProperties("fordra.creditor")
public record Creditor(
    String name,
    String address,
    String email,
    String phone,
    String iban,
    String bic,
    String bankgiro,
    String account,
    Map<String, Account> accounts,
    String paymentLink) {

  /** Where payments in one currency go; blank fields are not printed. */
  public record Account(String iban, String bic, String bankgiro, String account, String sortCode) {}

  @ConstructorBinding
  public Creditor {
    accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
  }



  /**
   * The creditor's payment page for this invoice, where one is configured
   * ({@code fordra.creditor.payment-link}, e.g. {@code https://pay.example/nordlys?ref={reference}
   * &amount={amount}&currency={currency}&invoice={invoice}}): a payment provider's hosted page
   * that takes the reference and the amount. Each value is URL-encoded; only http(s) pages.
   */
  public java.util.Optional<String> paymentLinkFor(String reference, org.fordra.money.Money amount, String invoice) {
    if (paymentLink == null || paymentLink.isBlank()
        || !(paymentLink.startsWith("https://") || paymentLink.startsWith("http://"))) {
      return java.util.Optional.empty();
    }
    java.util.function.Function<String, String> encode =
        value -> java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Optional.of(
        paymentLink
            .replace("{reference}", encode.apply(reference))
            .replace("{amount}", encode.apply(amount.amount().toPlainString()))
            .replace("{currency}", encode.apply(amount.currency().getCurrencyCode()))
            .replace("{invoice}", encode.apply(invoice)));
  }

  /** The account for payments in {@code currency}; else the international IBAN and BIC. */
  public Account accountFor(Currency currency) {
    Account own = accounts.get(currency.getCurrencyCode());
    if (own == null) {
      own = accounts.get(currency.getCurrencyCode().toLowerCase(Locale.ROOT));
    }
    return own != null ? own : new Account(iban, bic, null, null, null);
  }

  public List<String> addressLines() {
    return address == null
        ? List.of()
        : Arrays.stream(address.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
