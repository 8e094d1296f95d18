package org.fordra.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booking a bank file reports, as every format's reader gives it: a credit (money in) or a
 * debit that returns an earlier credit. {@code key} is the bank's own reference of the entry
 * (AcctSvcrRef, else EndToEndId, else the format's unique key with the file's id), prefixed with
 * the direction so that the return of a payment, which often repeats its EndToEndId, is never
 * taken for the payment seen again. {@code where} names the element or line for error messages.
 */
public record ReportedEntry(
    String where,
    String key,
    boolean credit,
    boolean reversal,
    String returnReason,
    BigDecimal amount,
    String currency,
    LocalDate bookedOn,
    String payer,
    List<String> structuredReferences,
    String text,
    String endToEndId) {

  public ReportedEntry {
    structuredReferences = List.copyOf(structuredReferences);
  }

  /** A debit that gives back money received earlier: a return, reversal or chargeback. */
  public boolean isReturn() {
    return !credit && (reversal || returnReason != null);
  }
}
