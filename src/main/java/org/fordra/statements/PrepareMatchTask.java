package org.fordra.statements;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.money.Money;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Gives a new MatchPayment task what a collector needs to decide without looking elsewhere: the
 * entry (amount, date, bank reference), the payer, what they wrote, and candidate invoices with
 * their balances today: open invoices in the payment's currency for exactly its amount, and open
 * invoices of customers named like the payer. Task-local text, as the dunning tasks' briefings:
 * shown by forms/match-payment.form, never read back (amounts come from the database).
 */
@Component("prepareMatchTask")
class PrepareMatchTask implements TaskListener {

  static final String ENTRY_SUMMARY = "entrySummary";
  static final String PAYER_NAME = "payerName";
  static final String REMITTANCE_TEXT = "remittanceText";
  static final String CANDIDATE_INVOICES = "candidateInvoices";

  /** An unmatched payment is money Fordra holds for somebody: looked at within two days. */
  static final int DUE_WITHIN_DAYS = 2;
  private static final int MAX_CANDIDATES = 10;
  private static final int MAX_TEXT = 3900;

  private final UnmatchedEntries unmatched;
  private final MatchableInvoices invoices;
  private final InvoiceAccounts accounts;
  private final PaymentHolds holds;
  private final Clock clock;

  PrepareMatchTask(
      UnmatchedEntries unmatched,
      MatchableInvoices invoices,
      InvoiceAccounts accounts,
      PaymentHolds holds,
      Clock clock) {
    this.holds = holds;
    this.unmatched = unmatched;
    this.invoices = invoices;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    StatementEntry entry = unmatched.of(task);
    Money amount = entry.amount();
    String money = amount.currency().getCurrencyCode() + " " + amount;
    task.setVariableLocal(
        ENTRY_SUMMARY,
        money + " received on " + entry.getBookedOn() + " (" + entry.getStatement().getFormat()
            + " " + entry.getStatement().getStatementRef() + ", entry " + entry.getEntryIndex()
            + ", bank reference " + entry.getEntryKey().substring(2) + ")"
            + (entry.structuredReferences().isEmpty()
                ? ""
                : "; structured reference " + String.join(", ", entry.structuredReferences())
                    + ", which is no invoice's payment reference"));
    task.setVariableLocal(PAYER_NAME, entry.getPayer() == null ? "not given" : entry.getPayer());
    task.setVariableLocal(
        REMITTANCE_TEXT,
        entry.getRemittanceText() == null ? "Nothing." : shorten(entry.getRemittanceText()));
    List<Invoice> candidates = candidates(entry);
    task.setVariableLocal(CANDIDATE_INVOICES, describe(candidates, entry));
    // The customer may have paid these: their next notices wait for the collector (limited).
    holds.hold(entry, candidates);
    task.setDescription(
        "Match " + money + " from " + (entry.getPayer() == null ? "an unnamed payer" : entry.getPayer())
            + " received " + entry.getBookedOn());
    task.setDueDate(Date.from(clock.instant().plus(DUE_WITHIN_DAYS, ChronoUnit.DAYS)));
  }

  private List<Invoice> candidates(StatementEntry entry) {
    String currency = entry.amount().currency().getCurrencyCode();
    Set<Invoice> found = new LinkedHashSet<>(
        invoices.openForAmount(
            entry.amount().amount(), currency, MatchableInvoices.OPEN, PageRequest.of(0, MAX_CANDIDATES)));
    String payer = entry.getPayer();
    if (payer != null && payer.trim().length() >= 3) {
      String pattern = "%" + payer.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
      found.addAll(
          invoices.openForCustomerNamed(
              pattern, currency, MatchableInvoices.OPEN, PageRequest.of(0, MAX_CANDIDATES)));
    }
    return found.stream().limit(MAX_CANDIDATES).toList();
  }

  private String describe(List<Invoice> found, StatementEntry entry) {
    String currency = entry.amount().currency().getCurrencyCode();
    if (found.isEmpty()) {
      return "None found by amount or payer name: search the invoice list.";
    }
    List<String> lines = new ArrayList<>();
    for (Invoice invoice : found) {
      Money balance = accounts.of(invoice).balance();
      lines.add("- " + invoice.getNumber() + ": " + invoice.getCustomer().getName()
          + ", due " + invoice.getDueDate() + ", balance " + currency + " " + balance
          + (invoice.getPaymentReference() == null ? "" : ", reference " + invoice.getPaymentReference()));
    }
    return shorten(String.join("\n", lines));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }
}
