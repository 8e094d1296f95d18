package org.fordra.customer;

/**
 * A customer as a batch row of the books sends it (CONTRACT.md, "Money in and out"), keyed by
 * the books' customer number. Every field is text as it arrived: checking is
 * {@link BooksCustomers}' job, so one bad row is a rejected row, not a refused batch.
 */
public record CustomerFromBooks(
    String number,
    String name,
    String type,
    String country,
    String language,
    String email,
    String phone,
    String timeZone,
    String soleTrader,
    String region) {}
