package org.fordra.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fordra.api.ApiFor;
import org.fordra.api.InvalidField;
import org.fordra.api.NotFound;
import org.fordra.api.Staff;
import org.fordra.breathingspace.Moratoria;
import org.fordra.breathingspace.MoratoriumView;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The customers Fordra chases invoices for, as the accounting system registers them. */
@RestController
class CustomerController {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  record NewCustomer(
      @NotBlank @Size(max = 200) String name,
      @NotNull CustomerType type,
      @NotBlank String country,
      @NotBlank String language,
      @NotBlank @Email @Size(max = 320) String email,
      @Size(max = 40) String phone,
      @NotBlank String timeZone,
      Delivery delivery,
      @Size(max = 500) String postalAddress,
      Boolean feesAgreed,
      BigDecimal contractLateFee,
      BigDecimal contractInterestPercent,
      Boolean soleTrader,
      @Size(max = 10) String region) {}

  record CustomerView(
      Long id,
      String name,
      CustomerType type,
      String country,
      String language,
      String email,
      String phone,
      String timeZone,
      Delivery delivery,
      String postalAddress,
      boolean feesAgreed,
      String contractLateFee,
      String contractInterestPercent,
      Instant createdAt,
      List<Held> creditOnAccount,
      boolean soleTrader,
      String region,
      List<MoratoriumView> moratoria) {

    /** Credit on account in one currency: overpayments and payments kept for the customer. */
    record Held(String currency, String amount) {}

    static CustomerView of(Customer c) {
      return of(c, List.of(), List.of());
    }

    static CustomerView of(
        Customer c, List<Held> creditOnAccount, List<MoratoriumView> moratoria) {
      return new CustomerView(
          c.getId(),
          c.getName(),
          c.getType(),
          c.getCountry(),
          c.getLanguage(),
          c.getEmail(),
          c.getPhone(),
          c.timeZone().getId(),
          c.getDelivery(),
          c.getPostalAddress(),
          c.isFeesAgreed(),
          c.getContractLateFee() == null ? null : c.getContractLateFee().toPlainString(),
          c.getContractInterestPercent() == null
              ? null
              : c.getContractInterestPercent().toPlainString(),
          c.getCreatedAt(),
          creditOnAccount,
          c.isSoleTrader(),
          c.getRegion(),
          moratoria);
    }
  }

  private final CustomerRepository customers;
  private final CreditsHeld creditsOnAccount;
  private final Moratoria moratoria;
  private final Clock clock;

  CustomerController(
      CustomerRepository customers,
      CreditsHeld creditsOnAccount,
      Moratoria moratoria,
      Clock clock) {
    this.customers = customers;
    this.moratoria = moratoria;
    this.creditsOnAccount = creditsOnAccount;
    this.clock = clock;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping("/api/customers")
  @Transactional
  ResponseEntity<CustomerView> register(@Valid @RequestBody NewCustomer request) {
    String country = request.country().trim().toUpperCase(Locale.ROOT);
    String language = request.language().trim().toLowerCase(Locale.ROOT);
    List<InvalidField.FieldError> errors = new ArrayList<>();
    // "UK" is what people write; the law and holiday rules key on ISO 3166's "GB" (see Customer).
    if (!COUNTRIES.contains(country) && !"UK".equals(country)) {
      errors.add(new InvalidField.FieldError("country", "'" + request.country()
          + "' is not an ISO 3166-1 alpha-2 country code, such as SE, NO, NL, DE, GB, US"));
    }
    if (!LANGUAGES.contains(language) || language.length() != 2) {
      errors.add(new InvalidField.FieldError("language", "'" + request.language()
          + "' is not an ISO 639-1 language code, such as en, sv, nb, nl, de"));
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(request.timeZone().trim());
    } catch (DateTimeException unknown) {
      errors.add(new InvalidField.FieldError("timeZone", "'" + request.timeZone()
          + "' is not a time zone, such as Europe/Stockholm or America/New_York"));
    }
    boolean letters = request.delivery() != null && request.delivery() != Delivery.EMAIL;
    if (letters && (request.postalAddress() == null || request.postalAddress().isBlank())) {
      errors.add(new InvalidField.FieldError("postalAddress", "is required for letters"));
    }
    // Contract terms apply where no statute sets fees; the fees feature caps them by law.
    if (request.contractLateFee() != null
        && (request.contractLateFee().signum() < 0 || request.contractLateFee().stripTrailingZeros().scale() > 2)) {
      errors.add(new InvalidField.FieldError("contractLateFee", "must be 0 or more with at most 2 decimals"));
    }
    if (request.contractInterestPercent() != null
        && (request.contractInterestPercent().signum() < 0
            || request.contractInterestPercent().compareTo(new BigDecimal(100)) > 0
            || request.contractInterestPercent().stripTrailingZeros().scale() > 4)) {
      errors.add(new InvalidField.FieldError("contractInterestPercent", "must be between 0 and 100 with at most 4 decimals"));
    }
    String region = CustomerRegion.checked(request.region(), country, "region", errors).orElse(null);
    if (!errors.isEmpty()) {
      throw new InvalidField(errors);
    }
    Customer customer =
        new Customer(
            request.name().trim(),
            request.type(),
            country,
            language,
            request.email().trim(),
            request.phone() == null || request.phone().isBlank() ? null : request.phone().trim(),
            zone,
            clock.instant());
    customer.setDelivery(request.delivery());
    customer.setPostalAddress(
        request.postalAddress() == null || request.postalAddress().isBlank()
            ? null
            : request.postalAddress().trim());
    customer.agreeToTerms(
        Boolean.TRUE.equals(request.feesAgreed()),
        request.contractLateFee(),
        request.contractInterestPercent());
    customer.recordStanding(Boolean.TRUE.equals(request.soleTrader()), region);
    Customer saved = customers.save(customer);
    return ResponseEntity.created(URI.create("/api/customers/" + saved.getId()))
        .body(CustomerView.of(saved));
  }

  /** The customer's open credits on account, summed per currency. */
  private List<CustomerView.Held> held(Customer customer) {
    return creditsOnAccount.heldBy(customer.getId()).entrySet().stream()
        .map(e -> new CustomerView.Held(e.getKey(), e.getValue().toString()))
        .toList();
  }

  @ApiFor(Staff.ANY_STAFF)
  @GetMapping("/api/customers/{id}")
  @Transactional(readOnly = true)
  CustomerView customer(@PathVariable long id) {
    return customers
        .findById(id)
        .map(c -> CustomerView.of(
            c, held(c), moratoria.views(c.getId(), LocalDate.now(clock.withZone(c.timeZone())))))
        .orElseThrow(() -> new NotFound("No customer " + id));
  }
}
