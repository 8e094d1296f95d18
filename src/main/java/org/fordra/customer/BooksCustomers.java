package org.fordra.customer;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fordra.api.InvalidField.FieldError;
import org.springframework.stereotype.Component;

/**
 * Customers sent with the invoices of a batch, by the books' customer number: created when new,
 * their details updated when the books changed them. The checks are those of POST
 * /api/customers; errors name the field as the batch row does ({@code customer.email}).
 */
@Component
public class BooksCustomers {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
  // The shape Bean Validation's @Email accepts, near enough for a typing error in the books.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  /** A customer that passed every check, ready to be stored. */
  public record Checked(
      String number,
      String name,
      CustomerType type,
      String country,
      String language,
      String email,
      String phone,
      ZoneId timeZone,
      boolean soleTrader,
      String region) {}

  private final CustomerRepository customers;
  private final Clock clock;

  BooksCustomers(CustomerRepository customers, Clock clock) {
    this.customers = customers;
    this.clock = clock;
  }

  /** The customer's details, checked; empty with the reasons in {@code errors} if any is wrong. */
  public Optional<Checked> check(CustomerFromBooks c, List<FieldError> errors) {
    List<FieldError> found = new ArrayList<>();
    String number = trim(c.number());
    if (number == null || !NUMBER.matcher(number).matches()) {
      found.add(error("number", "is required: the customer's number in the books, 1 to 64 letters, digits, '.', '-', '_' or '/'"));
    }
    String name = trim(c.name());
    if (name == null || name.length() > 200) {
      found.add(error("name", "is required, at most 200 characters"));
    }
    CustomerType type = null;
    try {
      type = c.type() == null ? null : CustomerType.valueOf(c.type().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    if (type == null) {
      found.add(error("type", "is required: one of " + List.of(CustomerType.values())));
    }
    String country = trim(c.country()) == null ? "" : c.country().trim().toUpperCase(Locale.ROOT);
    // "UK" is what people write; the law and holiday rules key on ISO 3166's "GB" (see Customer).
    if (!COUNTRIES.contains(country) && !"UK".equals(country)) {
      found.add(error("country", "'" + Objects.toString(c.country(), "")
          + "' is not an ISO 3166-1 alpha-2 country code, such as SE, NO, NL, DE, GB, US"));
    }
    String language = trim(c.language()) == null ? "" : c.language().trim().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language) || language.length() != 2) {
      found.add(error("language", "'" + Objects.toString(c.language(), "")
          + "' is not an ISO 639-1 language code, such as en, sv, nb, nl, de"));
    }
    String email = trim(c.email());
    if (email == null || email.length() > 320 || !EMAIL.matcher(email).matches()) {
      found.add(error("email", "is required: an e-mail address"));
    }
    String phone = trim(c.phone());
    if (phone != null && phone.length() > 40) {
      found.add(error("phone", "is longer than 40 characters"));
    }
    ZoneId zone = null;
    try {
      zone = c.timeZone() == null ? null : ZoneId.of(c.timeZone().trim());
    } catch (DateTimeException unknown) {
      // reported below
    }
    if (zone == null) {
      found.add(error("timeZone", "'" + Objects.toString(c.timeZone(), "")
          + "' is not a time zone, such as Europe/Stockholm or America/New_York"));
    }
    Boolean soleTrader = yesOrNo(c.soleTrader());
    if (soleTrader == null) {
      found.add(error("soleTrader", "'" + c.soleTrader() + "' is not true or false"));
    }
    String region =
        CustomerRegion.checked(c.region(), country, "customer.region", found).orElse(null);
    errors.addAll(found);
    return found.isEmpty()
        ? Optional.of(new Checked(
            number, name, type, country, language, email, phone, zone, soleTrader, region))
        : Optional.empty();
  }

  /** The stored customer with this number, if any. */
  public Optional<Customer> byNumber(String number) {
    return customers.findByCustomerNumber(number);
  }

  /** Creates the customer, or updates its details where the books changed them. */
  public Customer store(Checked c) {
    Optional<Customer> known = customers.findByCustomerNumber(c.number());
    if (known.isPresent()) {
      Customer customer = known.get();
      if (!same(customer, c)) {
        customer.updateDetails(
            c.name(), c.type(), c.country(), c.language(), c.email(), c.phone(), c.timeZone());
        customer.recordStanding(c.soleTrader(), c.region());
      }
      return customer;
    }
    Customer customer =
        new Customer(
            c.name(), c.type(), c.country(), c.language(), c.email(), c.phone(), c.timeZone(),
            clock.instant());
    customer.setCustomerNumber(c.number());
    customer.recordStanding(c.soleTrader(), c.region());
    return customers.save(customer);
  }

  private static boolean same(Customer customer, Checked c) {
    return customer.getName().equals(c.name())
        && customer.getType() == c.type()
        && customer.getCountry().equals(c.country())
        && customer.getLanguage().equals(c.language())
        && customer.getEmail().equals(c.email())
        && Objects.equals(customer.getPhone(), c.phone())
        && customer.timeZone().equals(c.timeZone())
        && customer.isSoleTrader() == c.soleTrader()
        && Objects.equals(customer.getRegion(), c.region());
  }

  /** The books' true/false (or yes/no, 1/0); empty: false, the default; null: neither. */
  private static Boolean yesOrNo(String value) {
    if (value == null || value.isBlank()) {
      return Boolean.FALSE;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static FieldError error(String field, String message) {
    return new FieldError("customer." + field, message);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
