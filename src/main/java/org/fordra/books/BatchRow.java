package org.fordra.books;

import org.fordra.customer.CustomerFromBooks;

/**
 * One row of a batch from the books (CONTRACT.md, "Money in and out"), as JSON or as a CSV line
 * with the same names ({@code customer.number}, ...). Every field is text as it arrived, amounts
 * as decimal strings: a row that does not parse is that row's rejection, never the batch's.
 *
 * <p>{@code type} is {@code INVOICE} (or empty) for an invoice, {@code CREDIT} for a credit note:
 * then {@code number} is the credit note's own number, {@code creditFor} the invoice it credits
 * and {@code amount} negative ("-250.00"); a credit for the whole balance cancels the invoice.
 */
public record BatchRow(
    String type,
    String number,
    String creditFor,
    String customerId,
    CustomerFromBooks customer,
    String issueDate,
    String dueDate,
    String currency,
    String amount,
    String paymentReference,
    Boolean dueDateAgreed) {

  static final String INVOICE = "INVOICE";
  static final String CREDIT = "CREDIT";
}
