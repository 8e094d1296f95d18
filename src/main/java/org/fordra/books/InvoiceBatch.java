package org.fordra.books;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.books.BatchResult.Rejection;
import org.fordra.customer.BooksCustomers;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerFromBooks;
import org.fordra.database.PerTransaction;
import org.fordra.dunning.CreditNotes;
import org.fordra.dunning.InvoiceAmendment;
import org.fordra.ledger.Credit;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRegistration;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.NewInvoice;
import org.fordra.invoice.reference.ReferenceScheme;
import org.fordra.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a batch of rows from the books into collections, row by row through the same paths as
 * the single calls: a new invoice through {@link InvoiceRegistration} (its case starts in the same
 * transaction), changed figures through {@link InvoiceAmendment}, a credit through
 * {@link CreditNotes}.
 *
 * <p>Rows are committed in chunks of {@value #CHUNK} rows, each chunk one transaction: a batch of
 * 10,000 rows never holds one transaction (and its locks and memory) for all of them, and what
 * is done stays done if the server stops halfway; the same batch sent again finishes the rest,
 * the rows already done being {@code unchanged}. Every row is checked before anything of it is
 * written, so a bad row is rejected without touching the chunk; should a row still fail while
 * being written (a race with another request, the engine refusing), its chunk is rolled back and
 * done again a row per transaction, so only that row is rejected.
 */
@Component
class InvoiceBatch {

  static final int CHUNK = 200;

  /** The most rows one batch may have (CONTRACT.md). */
  static final int MAX_ROWS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(InvoiceBatch.class);
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  enum Outcome { CREATED, UNCHANGED, AMENDED, REJECTED }

  record RowResult(int index, String number, Outcome outcome, List<FieldError> errors) {}

  /** Counts so far, handed to whoever follows the batch after each chunk. */
  record Progress(int processed, int created, int unchanged, int amended, List<Rejection> rejected) {}

  private final InvoiceRegistration registration;
  private final InvoiceRepository invoices;
  private final BooksCustomers customers;
  private final InvoiceAmendment amendment;
  private final CreditNotes creditNotes;
  private final TransactionTemplate transaction;
  private final EntityManager entities;

  InvoiceBatch(
      InvoiceRegistration registration,
      InvoiceRepository invoices,
      BooksCustomers customers,
      InvoiceAmendment amendment,
      CreditNotes creditNotes,
      PlatformTransactionManager transactions,
      EntityManager entities) {
    this.registration = registration;
    this.invoices = invoices;
    this.customers = customers;
    this.amendment = amendment;
    this.creditNotes = creditNotes;
    this.transaction = new TransactionTemplate(transactions);
    this.entities = entities;
  }

  /** Runs every row; after each committed chunk, {@code progress} hears the counts so far. */
  Progress run(List<BatchRow> rows, Consumer<Progress> progress) {
    int created = 0;
    int unchanged = 0;
    int amended = 0;
    List<Rejection> rejected = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += CHUNK) {
      int to = Math.min(from + CHUNK, rows.size());
      for (RowResult result : chunk(rows, from, to)) {
        switch (result.outcome()) {
          case CREATED -> created++;
          case UNCHANGED -> unchanged++;
          case AMENDED -> amended++;
          case REJECTED -> rejected.add(
              new Rejection(result.index(), result.number(), result.errors()));
        }
      }
      Progress sofar = new Progress(to, created, unchanged, amended, List.copyOf(rejected));
      progress.accept(sofar);
    }
    return new Progress(rows.size(), created, unchanged, amended, List.copyOf(rejected));
  }

  private List<RowResult> chunk(List<BatchRow> rows, int from, int to) {
    try {
      return transaction.execute(
          status -> {
            List<RowResult> results = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
              results.add(apply(i, rows.get(i)));
              letGoOfTheRow();
            }
            return results;
          });
    } catch (RuntimeException chunkFailed) {
      log.info("Rows {} to {} failed together ({}); each again on its own",
          from, to - 1, chunkFailed.toString());
      List<RowResult> results = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        results.add(alone(i, rows.get(i)));
      }
      return results;
    }
  }

  /**
   * Writes what the row changed and lets go of its entities before the next row of the chunk.
   * Before each query Hibernate checks every entity the transaction holds for changes to write
   * first: with the chunk's earlier rows (their invoices, customers, schedules and audit lines)
   * still held, every query of every row checked them all again, a quarter of an import's CPU,
   * profiled (docs/benchmark.md). A row needs nothing an earlier one read; what it needs of one
   * (its customer, its invoice) it reads from the database, where the earlier row's changes now
   * are. The reads kept per transaction hold entities too, so they go as well.
   */
  private void letGoOfTheRow() {
    entities.flush();
    entities.clear();
    PerTransaction.forgetAll();
  }

  private RowResult alone(int index, BatchRow row) {
    String number = row.number();
    try {
      return transaction.execute(status -> apply(index, row));
    } catch (InvalidField invalid) {
      return new RowResult(index, number, Outcome.REJECTED, invalid.errors());
    } catch (Conflict conflict) {
      return rejected(index, number, "number", conflict.getMessage());
    } catch (RuntimeException failed) {
      log.warn("Row {} ({}) of a batch could not be stored", index, number, failed);
      return rejected(
          index, number, "row", "could not be stored (" + failed.getClass().getSimpleName()
              + "); nothing of it was changed, send it again");
    }
  }

  /** One row, checked in full before anything of it is written. */
  RowResult apply(int index, BatchRow row) {
    String type = row.type() == null || row.type().isBlank()
        ? BatchRow.INVOICE
        : row.type().trim().toUpperCase(Locale.ROOT);
    return switch (type) {
      case BatchRow.INVOICE -> invoiceRow(index, row);
      case BatchRow.CREDIT -> creditRow(index, row);
      default -> rejected(index, row.number(), "type",
          "'" + row.type() + "' is not INVOICE or CREDIT");
    };
  }

  private RowResult invoiceRow(int index, BatchRow row) {
    List<FieldError> errors = new ArrayList<>();
    String number = row.number() == null ? "" : row.number().trim();
    LocalDate issueDate = date(row.issueDate(), "issueDate", errors);
    LocalDate dueDate = date(row.dueDate(), "dueDate", errors);
    BigDecimal amount = decimal(row.amount(), errors);
    if (amount != null && amount.signum() < 0) {
      errors.add(new FieldError("amount",
          "is negative: a credit comes as a row of type CREDIT with creditFor"));
      amount = null;
    }
    Optional<BooksCustomers.Checked> books = Optional.empty();
    Long customerId = null;
    if (hasCustomer(row.customer())) {
      books = customers.check(row.customer(), errors);
    } else {
      customerId = id(row.customerId(), errors);
    }
    Optional<Invoice> known =
        NUMBER.matcher(number).matches() ? invoices.findByNumber(number) : Optional.empty();
    if (known.isPresent()) {
      return knownInvoice(index, known.get(), row, books, customerId, issueDate, dueDate, amount, errors);
    }
    NewInvoice request =
        new NewInvoice(
            number, customerId, issueDate, dueDate, row.currency(), amount, null, null,
            row.paymentReference(), row.dueDateAgreed());
    // A customer sent with the row is checked above; its errors are the row's, not "customerId".
    errors.addAll(registration.problems(request, hasCustomer(row.customer())));
    if (!errors.isEmpty()) {
      return new RowResult(index, number, Outcome.REJECTED, dedupe(errors));
    }
    if (books.isPresent()) {
      Customer customer = customers.store(books.get());
      request =
          new NewInvoice(
              number, customer.getId(), issueDate, dueDate, row.currency(), amount, null, null,
              row.paymentReference(), row.dueDateAgreed());
    }
    registration.register(request);
    return new RowResult(index, number, Outcome.CREATED, List.of());
  }

  /** The invoice was sent before: the same figures are unchanged, new ones an amendment. */
  private RowResult knownInvoice(
      int index,
      Invoice invoice,
      BatchRow row,
      Optional<BooksCustomers.Checked> books,
      Long customerId,
      LocalDate issueDate,
      LocalDate dueDate,
      BigDecimal amount,
      List<FieldError> errors) {
    String number = invoice.getNumber();
    Currency currency = InvoiceRegistration.currency(row.currency(), errors);
    if (currency != null && !currency.equals(invoice.currency())) {
      errors.add(new FieldError("currency",
          "invoice " + number + " is in " + invoice.currency() + "; its currency cannot change"));
    }
    Customer owner = invoice.getCustomer();
    if (books.isPresent() && !books.get().number().equals(owner.getCustomerNumber())) {
      errors.add(new FieldError("customer.number",
          "invoice " + number + " belongs to customer "
              + Objects.toString(owner.getCustomerNumber(), "id " + owner.getId())));
    } else if (books.isEmpty() && customerId != null && !customerId.equals(owner.getId())) {
      errors.add(new FieldError("customerId",
          "invoice " + number + " belongs to customer " + owner.getId()));
    }
    if (row.paymentReference() != null && !row.paymentReference().isBlank()
        && !ReferenceScheme.normalise(row.paymentReference()).equals(invoice.getPaymentReference())) {
      errors.add(new FieldError("paymentReference",
          "invoice " + number + " is paid with " + invoice.getPaymentReference()
              + "; its reference cannot change"));
    }
    Money principal =
        amount == null ? null : InvoiceRegistration.amount(amount, invoice.currency(), "amount", errors);
    if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
      errors.add(new FieldError("dueDate", "is before the issue date " + issueDate));
    }
    if (!errors.isEmpty() || principal == null || issueDate == null || dueDate == null) {
      return new RowResult(index, number, Outcome.REJECTED, dedupe(errors));
    }
    boolean same =
        principal.equals(invoice.principal())
            && issueDate.equals(invoice.getIssueDate())
            && dueDate.equals(invoice.getDueDate());
    if (same) {
      books.ifPresent(customers::store);
      return new RowResult(index, number, Outcome.UNCHANGED, List.of());
    }
    List<FieldError> refusals = amendment.refusals(invoice, principal, issueDate, dueDate);
    if (!refusals.isEmpty()) {
      return new RowResult(index, number, Outcome.REJECTED, refusals);
    }
    books.ifPresent(customers::store);
    amendment.amend(invoice, principal, issueDate, dueDate);
    return new RowResult(index, number, Outcome.AMENDED, List.of());
  }

  private RowResult creditRow(int index, BatchRow row) {
    List<FieldError> errors = new ArrayList<>();
    String number = row.number() == null ? "" : row.number().trim();
    if (!NUMBER.matcher(number).matches()) {
      errors.add(new FieldError("number",
          "is required: the credit note's own number, 1 to 64 letters, digits, '.', '-' or '_'"));
    }
    String creditFor = row.creditFor() == null ? "" : row.creditFor().trim();
    Optional<Invoice> invoice = Optional.empty();
    if (creditFor.isEmpty()) {
      errors.add(new FieldError("creditFor", "is required: the number of the invoice credited"));
    } else {
      invoice = invoices.findByNumber(creditFor);
      if (invoice.isEmpty()) {
        errors.add(new FieldError("creditFor", "no invoice " + creditFor));
      }
    }
    BigDecimal amount = decimal(row.amount(), errors);
    if (amount != null && amount.signum() >= 0) {
      errors.add(new FieldError("amount", "must be negative on a credit row, e.g. \"-250.00\""));
      amount = null;
    }
    if (invoice.isPresent() && row.currency() != null && !row.currency().isBlank()
        && !row.currency().trim().equals(invoice.get().currency().getCurrencyCode())) {
      errors.add(new FieldError("currency",
          "invoice " + creditFor + " is in " + invoice.get().currency()));
    }
    Money credit =
        amount == null || invoice.isEmpty()
            ? null
            : InvoiceRegistration.amount(amount.negate(), invoice.get().currency(), "amount", errors);
    if (!errors.isEmpty() || credit == null) {
      return new RowResult(index, number, Outcome.REJECTED, dedupe(errors));
    }
    Optional<Credit> booked = creditNotes.booked(number);
    if (booked.isPresent()) {
      Credit before = booked.get();
      if (before.getInvoice().getNumber().equals(creditFor) && before.amount().equals(credit)) {
        return new RowResult(index, number, Outcome.UNCHANGED, List.of());
      }
      return rejected(index, number, "number",
          "credit note " + number + " was booked before, for invoice "
              + before.getInvoice().getNumber() + " with " + before.amount());
    }
    List<FieldError> refusals = creditNotes.refusals(invoice.get(), credit);
    if (!refusals.isEmpty()) {
      return new RowResult(index, number, Outcome.REJECTED, refusals);
    }
    creditNotes.book(invoice.get(), number, credit, "credit note " + number + " from the books");
    return new RowResult(index, number, Outcome.AMENDED, List.of());
  }

  private static boolean hasCustomer(CustomerFromBooks customer) {
    return customer != null
        && (notBlank(customer.number()) || notBlank(customer.name()) || notBlank(customer.email()));
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static LocalDate date(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null; // "is required" comes from the registration's own checks
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException notADate) {
      errors.add(new FieldError(field, "'" + text + "' is not a date (yyyy-mm-dd)"));
      return null;
    }
  }

  private static BigDecimal decimal(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("amount", "is required, as a decimal string such as \"1250.00\""));
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException notANumber) {
      errors.add(new FieldError("amount", "'" + text + "' is not a decimal amount"));
      return null;
    }
  }

  private static Long id(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null; // "customerId is required" comes from the registration's own checks
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException notANumber) {
      errors.add(new FieldError("customerId",
          "'" + text + "' is not a customer id; or send the customer by its number in customer.number"));
      return null;
    }
  }

  /** A field reported twice (by the row's parsing and the registration's checks) once. */
  private static List<FieldError> dedupe(List<FieldError> errors) {
    List<FieldError> unique = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (FieldError error : errors) {
      if (!fields.contains(error.field())) {
        fields.add(error.field());
        unique.add(error);
      }
    }
    return unique;
  }

  private static RowResult rejected(int index, String number, String field, String message) {
    return new RowResult(index, number, Outcome.REJECTED, List.of(new FieldError(field, message)));
  }
}
