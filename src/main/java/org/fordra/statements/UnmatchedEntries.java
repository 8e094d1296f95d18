package org.fordra.statements;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** The entry a MatchPayment instance is about, and the invoices its person named. */
@Component
class UnmatchedEntries {

  private final StatementEntryRepository entries;
  private final MatchableInvoices invoices;

  UnmatchedEntries(StatementEntryRepository entries, MatchableInvoices invoices) {
    this.entries = entries;
    this.invoices = invoices;
  }

  StatementEntry of(VariableScope scope) {
    Object id = scope.getVariable(UnmatchedPaymentProcess.VAR_STATEMENT_ENTRY_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("the process has no statement entry id");
    }
    return entries
        .findById(number.longValue())
        .orElseThrow(() -> new IllegalStateException("no statement entry " + id));
  }

  /**
   * The invoices named in {@code matchInvoiceNumbers}, oldest due first; refuses (the task stays
   * open) a number Fordra does not have, an invoice in another currency than the payment, or
   * invoices of more than one customer.
   */
  List<Invoice> named(VariableScope scope, StatementEntry entry) {
    Object value = scope.getVariable(UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS);
    String text = value == null ? "" : value.toString();
    List<Invoice> found = new ArrayList<>();
    for (String raw : text.split("[,;\\s]+")) {
      String number = raw.trim();
      if (number.isEmpty()) {
        continue;
      }
      Invoice invoice =
          invoices.byNumber(number).orElseThrow(() -> refuse("there is no invoice " + number));
      if (!invoice.currency().equals(entry.amount().currency())) {
        throw refuse("invoice " + number + " is in " + invoice.currency().getCurrencyCode()
            + ", the payment in " + entry.amount().currency().getCurrencyCode());
      }
      if (!found.contains(invoice)) {
        found.add(invoice);
      }
    }
    if (found.isEmpty()) {
      throw refuse("is required: the invoice numbers, comma-separated");
    }
    if (found.stream().map(i -> i.getCustomer().getId()).distinct().count() > 1) {
      throw refuse("name invoices of one customer: a payment is one payer's money");
    }
    return EntryMatching.oldestFirst(found);
  }

  private static BadUserRequestException refuse(String reason) {
    return new BadUserRequestException(UnmatchedPaymentProcess.VAR_MATCH_INVOICE_NUMBERS + ": " + reason);
  }
}
