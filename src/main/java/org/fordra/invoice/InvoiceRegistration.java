package org.fordra.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.api.PlausibleDates;
import org.fordra.api.RequestConstraints;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.invoice.reference.PaymentReferences;
import org.fordra.money.AmountCheck;
import org.fordra.money.CurrencyCheck;
import org.fordra.money.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an invoice into collections: checks it, stores it with its payment reference (the books'
 * own if it checks, else one derived from its id) and announces it, and the dunning feature
 * starts its {@code collections} case in the same transaction, so there is never an invoice
 * without a case nor a case without an invoice.
 */
@Service
public class InvoiceRegistration {

  /** Safe in a URL path and in a file name: letters, digits, dot, dash, underscore. */
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** A due date further out than this is a typing error, not a payment term. */
  private static final int MAX_TERM_DAYS = 3660;

  private final InvoiceRepository invoices;
  private final CustomerRepository customers;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final PaymentReferences references;
  private final RequestConstraints constraints;

  InvoiceRegistration(
      InvoiceRepository invoices,
      CustomerRepository customers,
      ApplicationEventPublisher events,
      AuditTrail audit,
      Clock clock,
      PaymentReferences references,
      RequestConstraints constraints) {
    this.references = references;
    this.constraints = constraints;
    this.invoices = invoices;
    this.customers = customers;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** A request that passed every check, with what the checks found. */
  private record Checked(
      String number,
      Customer customer,
      Money amount,
      EarlyPaymentDiscount discount,
      String paymentReference,
      List<FieldError> errors) {}

  /**
   * What is wrong with a request, field by field, without storing anything: the same checks
   * {@link #register} makes, for callers that collect the errors of many (the batch import).
   * The duplicate number is not among them: that is the caller's to decide. With
   * {@code customerArrivesWithIt} the customer is not looked up: it comes with the row, is
   * checked by the caller and stored only once its invoice passed.
   */
  public List<FieldError> problems(NewInvoice request, boolean customerArrivesWithIt) {
    return check(request, customerArrivesWithIt).errors();
  }

  @Transactional
  public Invoice register(NewInvoice request) {
    Checked checked = check(request, false);
    if (!checked.errors().isEmpty()) {
      throw new InvalidField(checked.errors());
    }
    String number = checked.number();
    Customer customer = checked.customer();
    Money amount = checked.amount();
    if (invoices.existsByNumber(number)) {
      throw new Conflict("Invoice " + number + " is already registered");
    }
    Invoice invoice =
        new Invoice(number, customer, request.issueDate(), request.dueDate(), amount, clock.instant());
    invoice.carryDefaultNotice(Boolean.TRUE.equals(request.defaultNoticeOnInvoice()));
    invoice.recordDueDateAgreed(Boolean.TRUE.equals(request.dueDateAgreed()));
    invoice.offerEarlyPaymentDiscount(checked.discount());
    invoice.setPaymentReference(checked.paymentReference());
    invoices.save(invoice);
    if (invoice.getPaymentReference() == null) {
      invoice.setPaymentReference(freeReference(amount.currency(), invoice.getId()));
    }
    audit.record(
        number,
        "INVOICE_REGISTERED",
        "Invoice " + number + " of " + amount.currency().getCurrencyCode() + " " + amount
            + " for customer " + customer.getId() + " (" + customer.getName() + "), issued "
            + request.issueDate() + ", due " + request.dueDate()
            + (invoice.isDueDateAgreed() ? " (due date agreed in the contract)" : "")
            + ", payment reference " + invoice.getPaymentReference());
    // Heard synchronously, in this transaction: the collections case starts or nothing is stored.
    events.publishEvent(new InvoiceRegistered(number, invoice.getId(), customer.getType()));
    return invoice;
  }

  /**
   * The reference derived from the invoice's id, which is unique within its scheme. Digits-only
   * schemes (Bankgirot OCR, Nets KID) can still give one another's reference, and the books may
   * have sent one that equals it: then the next candidate (the id with a digit appended) is
   * taken, so registration never fails on a reference nobody chose.
   */
  String freeReference(java.util.Currency currency, long id) {
    for (int attempt = 0; attempt <= 9; attempt++) {
      String candidate = references.derive(currency, attempt == 0 ? id : id * 10 + attempt);
      if (invoices.findByPaymentReference(candidate).isEmpty()) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free payment reference for invoice id " + id);
  }

  private Checked check(NewInvoice request, boolean customerArrivesWithIt) {
    List<FieldError> errors = new ArrayList<>();
    String number = request.number() == null ? "" : request.number().trim();
    if (!NUMBER.matcher(number).matches()) {
      errors.add(new FieldError("number",
          "is required: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit"));
    }
    Customer customer = null;
    if (customerArrivesWithIt) {
      // checked and stored by the caller
    } else if (request.customerId() == null) {
      errors.add(new FieldError("customerId", "is required"));
    } else {
      customer = customers.findById(request.customerId()).orElse(null);
      if (customer == null) {
        errors.add(new FieldError("customerId", "no customer " + request.customerId()));
      }
    }
    if (request.issueDate() == null) {
      errors.add(new FieldError("issueDate", "is required"));
    }
    if (request.dueDate() == null) {
      errors.add(new FieldError("dueDate", "is required"));
    }
    LocalDate today = LocalDate.now(clock);
    boolean implausible =
        PlausibleDates.check("issueDate", request.issueDate(), today, errors)
            | PlausibleDates.check("dueDate", request.dueDate(), today, errors);
    if (!implausible && request.issueDate() != null && request.dueDate() != null) {
      if (request.dueDate().isBefore(request.issueDate())) {
        errors.add(new FieldError("dueDate", "is before the issue date " + request.issueDate()));
      } else if (request.dueDate().isAfter(request.issueDate().plusDays(MAX_TERM_DAYS))) {
        errors.add(new FieldError("dueDate", "is more than ten years after the issue date"));
      }
    }
    List<FieldError> constrained = constraints.errors(request, List.of("currency", "amount"));
    errors.addAll(constrained);
    Currency currency = CurrencyCheck.known(request.currency()).orElse(null);
    Money amount = constrained.isEmpty() ? Money.exact(request.amount(), currency) : null;
    EarlyPaymentDiscount discount = discount(request, errors);
    String reference = null;
    if (request.paymentReference() != null && !request.paymentReference().isBlank()) {
      reference = references.accept(request.paymentReference(), currency, errors).orElse(null);
      if (reference != null) {
        String taken = reference;
        invoices
            .findByPaymentReference(taken)
            .filter(other -> !other.getNumber().equals(number))
            .ifPresent(
                other ->
                    errors.add(
                        new FieldError(
                            "paymentReference",
                            taken + " is already the reference of invoice " + other.getNumber())));
      }
    }
    return new Checked(number, customer, amount, discount, reference, errors);
  }

  /** The early-payment discount, if the invoice offers one: within the payment term. */
  private static EarlyPaymentDiscount discount(NewInvoice request, List<FieldError> errors) {
    NewInvoice.DiscountTerms terms = request.earlyPaymentDiscount();
    if (terms == null) {
      return null;
    }
    int before = errors.size();
    BigDecimal percent = terms.percent();
    if (percent == null || percent.signum() <= 0 || percent.compareTo(new BigDecimal(100)) >= 0) {
      errors.add(new FieldError("earlyPaymentDiscount.percent", "must be more than 0 and less than 100"));
    } else if (percent.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("earlyPaymentDiscount.percent", "has more than 2 decimals"));
    }
    Integer days = terms.withinDays();
    if (days == null || days < 0) {
      errors.add(new FieldError("earlyPaymentDiscount.withinDays", "is required: 0 or more days from the issue date"));
    } else if (request.issueDate() != null && request.dueDate() != null
        && request.issueDate().plusDays(days).isAfter(request.dueDate())) {
      errors.add(new FieldError("earlyPaymentDiscount.withinDays", "ends after the due date"));
    }
    return errors.size() > before ? null : new EarlyPaymentDiscount(percent, days);
  }

  /** An ISO 4217 currency that has minor units, for rows checked by hand: {@code @Currency}. */
  public static Currency currency(String code, List<FieldError> errors) {
    Optional<String> problem = CurrencyCheck.problem(code);
    problem.ifPresent(message -> errors.add(new FieldError("currency", message)));
    return problem.isPresent() ? null : CurrencyCheck.known(code).orElseThrow();
  }

  /** An amount that fits the currency exactly, for rows checked by hand: {@code @Amount}. */
  public static Money amount(
      BigDecimal value, Currency currency, String field, List<FieldError> errors) {
    Optional<String> problem = AmountCheck.problem(value, currency);
    problem.ifPresent(message -> errors.add(new FieldError(field, message)));
    return problem.isPresent() ? null : Money.exact(value, currency);
  }
}
