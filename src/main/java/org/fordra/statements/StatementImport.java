package org.fordra.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fordra.api.RaceRetry;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.fordra.payments.PaymentBooking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Books a bank file: every credit entry Fordra has not seen is matched and booked through {@link
 * PaymentBooking} (which tells the invoice's case), or left to a person in process {@code
 * unmatched-payment}; every debit that returns a payment reverses it ({@link PaymentReturns}).
 * Debits that return nothing of Fordra's (the account's own payments, bank fees) are not
 * Fordra's business and are not counted.
 *
 * <p>The whole file is one transaction: a fault anywhere books nothing of it, and a file of a few
 * thousand entries is a few seconds of work. Each entry is booked at most once, by its bank
 * reference: its unique booking key refuses a second booking even when two copies of a file
 * arrive at the same moment (the loser is retried and finds the entries taken).
 */
@Service
public class StatementImport {

  private static final Logger log = LoggerFactory.getLogger(StatementImport.class);

  /** What happened to a file: CONTRACT.md's answer to POST /api/bank-statements. */
  public record Result(
      Long id, StatementFormat format, int entries, int booked, int unmatched, int duplicates,
      int returned) {

    /** Nothing new: every entry was seen before. */
    public boolean allSeenBefore() {
      return entries > 0 && duplicates == entries;
    }
  }

  private final BankStatementRepository statements;
  private final StatementEntryRepository entries;
  private final EntryMatching matching;
  private final PaymentBooking booking;
  private final PaymentReturns returns;
  private final InvoiceAccounts accounts;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final RaceRetry retry;
  private final Clock clock;

  StatementImport(
      BankStatementRepository statements,
      StatementEntryRepository entries,
      EntryMatching matching,
      PaymentBooking booking,
      PaymentReturns returns,
      InvoiceAccounts accounts,
      RuntimeService runtime,
      AuditTrail audit,
      RaceRetry retry,
      Clock clock) {
    this.statements = statements;
    this.entries = entries;
    this.matching = matching;
    this.booking = booking;
    this.returns = returns;
    this.accounts = accounts;
    this.runtime = runtime;
    this.audit = audit;
    this.retry = retry;
    this.clock = clock;
  }

  /** Books a file already read; {@code sourceName} is the inbox file's name, if any. */
  public Result book(ReportedStatement statement, String sourceName) {
    List<Money> amounts = checkedAmounts(statement);
    return retry.inTransaction(() -> bookOnce(statement, amounts, sourceName));
  }

  /**
   * Every amount at its currency's scale before anything is booked: a file with one bad entry is
   * refused whole, naming the entry.
   */
  private static List<Money> checkedAmounts(ReportedStatement statement) {
    List<Money> amounts = new ArrayList<>();
    for (ReportedEntry entry : statement.entries()) {
      Currency currency;
      try {
        currency = Currency.getInstance(entry.currency());
      } catch (IllegalArgumentException unknown) {
        throw new MalformedStatement(entry.where(), "'" + entry.currency() + "' is not an ISO 4217 currency");
      }
      try {
        amounts.add(Money.exact(entry.amount(), currency));
      } catch (IllegalArgumentException overPrecise) {
        throw new MalformedStatement(
            entry.where(), entry.amount().toPlainString() + " " + overPrecise.getMessage());
      }
    }
    return amounts;
  }

  private Result bookOnce(ReportedStatement reported, List<Money> amounts, String sourceName) {
    BankStatement statement =
        statements.save(
            new BankStatement(
                reported.format(), reported.reference(), clock.instant(), audit.currentActor(),
                sourceName));
    int counted = 0;
    int booked = 0;
    int unmatched = 0;
    int duplicates = 0;
    int returned = 0;
    List<StatementEntry> waiting = new ArrayList<>();
    for (int i = 0; i < reported.entries().size(); i++) {
      ReportedEntry entry = reported.entries().get(i);
      if (!entry.credit() && !entry.isReturn()) {
        continue;
      }
      counted++;
      StatementEntry row = new StatementEntry(statement, i + 1, entry, amounts.get(i));
      if (entries.isTaken(row.getEntryKey())) {
        row.duplicate();
        entries.save(row);
        duplicates++;
        continue;
      }
      row.claimBookingKey();
      entries.save(row);
      if (entry.isReturn()) {
        if (returns.reverse(row)) {
          returned++;
        } else {
          unmatched++;
        }
        continue;
      }
      List<Invoice> paid = matching.invoicesPaidBy(entry);
      if (paid.isEmpty()) {
        unmatched++;
        waiting.add(row);
      } else {
        bookTo(row, paid);
        booked++;
      }
    }
    for (StatementEntry row : waiting) {
      ProcessInstance instance =
          runtime
              .createProcessInstanceByKey(UnmatchedPaymentProcess.PROCESS_KEY)
              .businessKey("entry-" + row.getId())
              .setVariables(Map.of(UnmatchedPaymentProcess.VAR_STATEMENT_ENTRY_ID, row.getId()))
              .execute();
      row.waitsForAPerson(instance.getId());
    }
    log.info(
        "Bank statement {} ({} {}): {} entries, {} booked, {} unmatched, {} duplicates, {} returned",
        statement.getId(), reported.format(), reported.reference(), counted, booked, unmatched,
        duplicates, returned);
    return new Result(
        statement.getId(), reported.format(), counted, booked, unmatched, duplicates, returned);
  }

  /**
   * Books an entry to its invoices, oldest due date first: each takes what it owes, the last takes
   * the rest, and {@link PaymentBooking} keeps what the last does not owe as credit on account.
   */
  void bookTo(StatementEntry row, List<Invoice> invoices) {
    Money left = row.amount();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < invoices.size() && (left.isPositive() || numbers.isEmpty()); i++) {
      Invoice invoice = invoices.get(i);
      boolean last = i == invoices.size() - 1;
      Money share = left;
      if (!last) {
        Money balance = accounts.of(invoice).balance();
        if (invoice.isClosed() || !balance.isPositive()) {
          continue;
        }
        share = left.compareTo(balance) <= 0 ? left : balance;
      }
      booking.receive(invoice, share, paidOn(row), paymentReference(row, invoice), row.getId());
      numbers.add(invoice.getNumber());
      left = left.minus(share);
    }
    row.booked(numbers);
  }

  /** The day the money arrived; never after today (a file may be dated in the bank's zone). */
  private LocalDate paidOn(StatementEntry row) {
    LocalDate today = LocalDate.now(clock);
    return row.getBookedOn().isAfter(today) ? today : row.getBookedOn();
  }

  /** Unique per entry and invoice: the entry is booked once, so is each of its shares. */
  static String paymentReference(StatementEntry row, Invoice invoice) {
    return "BANK-" + row.getId() + "/" + invoice.getNumber();
  }
}
