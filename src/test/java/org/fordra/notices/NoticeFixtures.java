package org.fordra.notices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeType;
import org.fordra.fees.InterestLine;
import org.fordra.fees.MissingReferenceRate;
import org.fordra.fees.Payoff;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** Customers, invoices and payoffs for notice tests, built in memory. */
final class NoticeFixtures {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 4, 28);
  static final LocalDate PAY_BY = LocalDate.of(2026, 5, 12);
  static final Instant NOW = Instant.parse("2026-04-28T08:00:00Z");

  /** One customer per notice language, in the country whose law and formats go with it. */
  static final Map<String, String> COUNTRY_OF =
      Map.of("en", "GB", "sv", "SE", "nb", "NO", "nl", "NL", "de", "DE");

  static final Map<String, String> CURRENCY_OF =
      Map.of("GB", "GBP", "SE", "SEK", "NO", "NOK", "NL", "EUR", "DE", "EUR", "US", "USD", "FR", "EUR");

  static final Creditor CREDITOR =
      new Creditor(
          "Nordlys Trading AB",
          "Storgatan 12\n111 22 Stockholm\nSweden",
          "accounts@nordlys.example",
          "+46 8 123 456 78",
          "SE45 5000 0000 0583 9825 7466",
          "ESSESESS",
          null,
          null,
          Map.of(
              "EUR", new Creditor.Account("NL91 ABNA 0417 1643 00", "ABNANL2A", null, null, null),
              "SEK", new Creditor.Account(null, null, "5050-1055", null, null),
              "NOK", new Creditor.Account(null, null, null, "8601 11 17947", null),
              "GBP", new Creditor.Account(null, null, null, "70872490", "40-47-84")),
          null);

  /** What a notice for each currency must show to be paid: the account that currency goes to. */
  static final Map<String, String> ACCOUNT_SHOWN_FOR =
      Map.of(
          "EUR", "NL91 ABNA 0417 1643 00",
          "SEK", "5050-1055",
          "NOK", "8601 11 17947",
          "GBP", "40-47-84",
          "USD", "SE45 5000 0000 0583 9825 7466");

  private NoticeFixtures() {}

  static Customer customer(String language, String country) {
    Customer customer =
        new Customer(
            "Åsa Öberg Ærøskøbing",
            CustomerType.CONSUMER,
            country,
            language,
            "asa@example.org",
            "+46 70 000 00 00",
            ZoneId.of("Europe/Stockholm"),
            NOW);
    customer.setPostalAddress("Kungsgatan 1\n411 19 Göteborg");
    return customer;
  }

  static Invoice invoice(Customer customer, String number) {
    Currency currency = Currency.getInstance(CURRENCY_OF.get(customer.getCountry()));
    return new Invoice(number, customer, ISSUED, DUE, money("1250.00", currency), NOW);
  }

  /** The law and rate of the fixture's interest line (its 12.34 is a rendering figure only). */
  static final String INTEREST_LAW = "§§ 286, 288 (2) BGB: Basiszinssatz + 9 Prozentpunkte";
  static final LocalDate INTEREST_FROM = LocalDate.of(2026, 4, 2);

  static InterestLine interestLine(Currency currency) {
    return new InterestLine(
        money("12.34", currency),
        INTEREST_LAW,
        INTEREST_FROM,
        TODAY,
        List.of(
            new InterestLine.RatePeriod(
                INTEREST_FROM, TODAY, new BigDecimal("1.27"), new BigDecimal("9"))),
        null);
  }

  /** Interest whose rate for 2026-H2 is not yet published: no amount, no figure in the total. */
  static Payoff payoffWithInterestPending(Invoice invoice) {
    Payoff known = payoff(invoice);
    InterestLine pending =
        new InterestLine(
            null,
            INTEREST_LAW,
            INTEREST_FROM,
            TODAY,
            List.of(),
            new MissingReferenceRate("DE_BASISZINSSATZ", LocalDate.of(2026, 7, 1)));
    return new Payoff(
        known.asOf(), known.principal(), known.credits(), known.paid(), known.charges(),
        Money.zero(invoice.currency()), pending);
  }

  /** 1250.00 principal + 40.00 compensation + 12.34 interest - 100.00 paid = 1202.34 owed. */
  static Payoff payoff(Invoice invoice) {
    Currency currency = invoice.currency();
    Charge compensation =
        new Charge(
            invoice,
            ChargeType.FIXED_COMPENSATION,
            money("40.00", currency),
            "BGB § 288 (5)",
            LocalDate.of(2026, 4, 2));
    return new Payoff(
        TODAY,
        invoice.principal(),
        Money.zero(currency),
        money("100.00", currency),
        List.of(compensation),
        money("12.34", currency),
        interestLine(currency));
  }

  static NoticeFacts factsFor(NoticeKind kind, Invoice invoice) {
    Currency currency = invoice.currency();
    return switch (kind) {
      case AGENCY_HANDOVER, PAID_RECEIPT -> NoticeFacts.none();
      case SETTLEMENT_OFFER -> new NoticeFacts(PAY_BY, money("900.00", currency), List.of());
      case PAYMENT_PLAN_CONFIRMATION ->
          new NoticeFacts(
              PAY_BY,
              null,
              List.of(
                  new NoticeFacts.InstallmentLine(1, PAY_BY, money("401.78", currency)),
                  new NoticeFacts.InstallmentLine(2, PAY_BY.plusMonths(1), money("400.28", currency)),
                  new NoticeFacts.InstallmentLine(3, PAY_BY.plusMonths(2), money("400.28", currency))));
      default -> NoticeFacts.payBy(PAY_BY);
    };
  }

  static Money money(String amount, Currency currency) {
    return Money.exact(new BigDecimal(amount), currency);
  }
}
