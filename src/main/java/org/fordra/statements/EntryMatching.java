package org.fordra.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/**
 * Which invoices a credit entry pays, when the bank's data says so beyond doubt (CONTRACT.md,
 * "matching rule"):
 *
 * <ol>
 *   <li>its structured references (camt RmtInf/Strd/CdtrRefInf/Ref, BgMax's OCR reference, Nets'
 *       KID) are each an invoice's {@code paymentReference}; or
 *   <li>its free text (camt RmtInf/Ustrd, BgMax information records, Nets' message) names open
 *       invoices, by number or payment reference, all of one customer.
 * </ol>
 *
 * Either way the invoices must be in the entry's currency and of one customer: a payment is one
 * payer's money. Several invoices split the payment oldest due date first ({@link
 * StatementImport}). Anything else is for a person: {@link #suggestionsFor} lists candidates.
 */
@Component
class EntryMatching {

  /** References and invoice numbers printed in groups ("RF18 5390 0754 7034"): up to 6 groups. */
  private static final int MAX_GROUPS = 6;
  /** Bounds the look-up's IN list; remittance text is 140 characters per line in ISO 20022. */
  private static final int MAX_WORDS = 500;

  private final MatchableInvoices invoices;

  EntryMatching(MatchableInvoices invoices) {
    this.invoices = invoices;
  }

  /** The invoices the entry pays, oldest due first; empty when a person must decide. */
  List<Invoice> invoicesPaidBy(ReportedEntry entry) {
    Optional<List<Invoice>> structured = byStructuredReferences(entry);
    if (structured.isPresent()) {
      return structured.get();
    }
    return byText(entry);
  }

  private Optional<List<Invoice>> byStructuredReferences(ReportedEntry entry) {
    if (entry.structuredReferences().isEmpty()) {
      return Optional.empty();
    }
    List<Invoice> found = new ArrayList<>();
    for (String reference : entry.structuredReferences()) {
      Optional<Invoice> invoice = invoices.byPaymentReference(normalised(reference));
      if (invoice.isEmpty()) {
        // Not one of ours (another creditor's scheme, a typo): the text may still say.
        return Optional.empty();
      }
      if (!found.contains(invoice.get())) {
        found.add(invoice.get());
      }
    }
    return oneCustomerInCurrency(found, entry) ? Optional.of(oldestFirst(found)) : Optional.empty();
  }

  private List<Invoice> byText(ReportedEntry entry) {
    Set<String> words = wordsOf(entry.text());
    if (words.isEmpty()) {
      return List.of();
    }
    List<Invoice> found = invoices.openNamedIn(words, MatchableInvoices.OPEN);
    return !found.isEmpty() && oneCustomerInCurrency(found, entry) ? oldestFirst(found) : List.of();
  }

  private static boolean oneCustomerInCurrency(List<Invoice> found, ReportedEntry entry) {
    return found.stream().allMatch(i -> i.currency().getCurrencyCode().equals(entry.currency()))
        && found.stream().map(i -> i.getCustomer().getId()).distinct().count() == 1;
  }

  static List<Invoice> oldestFirst(List<Invoice> found) {
    return found.stream()
        .sorted(Comparator.comparing(Invoice::getDueDate).thenComparing(Invoice::getNumber))
        .toList();
  }

  /**
   * The words of a free text that could be an invoice number or a payment reference: each word
   * (without the punctuation people put around it) and, for references printed in groups, each
   * run of up to {@value #MAX_GROUPS} words written together.
   */
  static Set<String> wordsOf(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return words;
    }
    List<String> parts = new ArrayList<>();
    for (String raw : text.split("[\\s,;]+")) {
      String word = raw.replaceAll("^[^\\p{Alnum}]+|[^\\p{Alnum}]+$", "");
      if (!word.isEmpty() && word.length() <= 64) {
        parts.add(word);
      }
    }
    for (int start = 0; start < parts.size() && words.size() < MAX_WORDS; start++) {
      StringBuilder run = new StringBuilder();
      for (int end = start; end < Math.min(parts.size(), start + MAX_GROUPS); end++) {
        run.append(parts.get(end));
        if (run.length() > 64) {
          break;
        }
        words.add(run.toString());
        words.add(run.toString().toUpperCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** A reference as stored: without the spaces it is printed with, upper case (ISO 11649). */
  static String normalised(String reference) {
    return reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
