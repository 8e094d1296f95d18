package org.fordra.dunning.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a collection agency needs to take over a claim, as of the handover. */
public record AgencyCase(
    String invoiceNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    String principal,
    String paid,
    String balance,
    Debtor debtor,
    List<Line> charges,
    List<Contact> history,
    Instant handedOverAt) {

  public record Debtor(
      String name, String type, String country, String language, String email, String phone) {}

  public record Line(String type, String amount, String basis, LocalDate on) {}

  public record Contact(Instant at, String what, String detail) {}
}
