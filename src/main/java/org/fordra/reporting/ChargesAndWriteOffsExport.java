package org.fordra.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fordra.api.ApiFor;
import org.fordra.api.InvalidField;
import org.fordra.api.PlausibleDates;
import org.fordra.api.Staff;
import org.fordra.ledger.Charge;
import org.fordra.ledger.ChargeRepository;
import org.fordra.ledger.Credit;
import org.fordra.ledger.CreditRepository;
import org.fordra.ledger.CreditType;
import org.fordra.invoice.Invoice;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the books must post for a period: every charge Fordra booked (fees, interest,
 * compensation: income) and every amount given up (write-offs, settlement discounts: losses),
 * one line each, as CSV ({@code GET /api/reports/charges?from=&to=}). Default period: this
 * month so far.
 */
@RestController
class ChargesAndWriteOffsExport {

  /** The credits that are a loss for the books; a credit note or dispute credit is the books' own. */
  static final List<CreditType> GIVEN_UP =
      List.of(CreditType.WRITE_OFF, CreditType.SETTLEMENT_DISCOUNT, CreditType.EARLY_PAYMENT_DISCOUNT);

  private final ChargeRepository charges;
  private final CreditRepository credits;
  private final Clock clock;

  ChargesAndWriteOffsExport(ChargeRepository charges, CreditRepository credits, Clock clock) {
    this.charges = charges;
    this.credits = credits;
    this.clock = clock;
  }

  record Row(
      LocalDate on, String kind, String type, Invoice invoice, String currency, String amount,
      String basis) {}

  @ApiFor(Staff.BOOKKEEPING)
  @GetMapping(path = "/api/reports/charges", produces = "text/csv")
  @Transactional(readOnly = true)
  ResponseEntity<String> csv(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate last = day("to", to, today);
    LocalDate first = from == null || from.isBlank() ? last.withDayOfMonth(1) : day("from", from, today);
    if (first.isAfter(last)) {
      throw new InvalidField("from", "must not be after 'to' (" + last + ")");
    }
    List<Row> rows = new ArrayList<>();
    for (Charge charge : charges.bookedBetween(first, last)) {
      rows.add(new Row(charge.getChargedOn(), "CHARGE", charge.getType().name(), charge.getInvoice(),
          charge.amount().currency().getCurrencyCode(), charge.amount().toString(), charge.getBasis()));
    }
    for (Credit credit : credits.givenBetween(GIVEN_UP, first, last)) {
      rows.add(new Row(credit.getCreditedOn(), "WRITE_OFF", credit.getType().name(),
          credit.getInvoice(), credit.amount().currency().getCurrencyCode(),
          credit.amount().toString(), credit.getReason()));
    }
    rows.sort(Comparator.comparing(Row::on));
    StringBuilder csv =
        new StringBuilder("date,kind,type,invoice,customerNumber,customer,currency,amount,basis\r\n");
    for (Row row : rows) {
      csv.append(row.on()).append(',').append(row.kind()).append(',').append(row.type()).append(',')
          .append(CsvExport.field(row.invoice().getNumber())).append(',')
          .append(CsvExport.field(row.invoice().getCustomer().getCustomerNumber())).append(',')
          .append(CsvExport.field(row.invoice().getCustomer().getName())).append(',')
          .append(row.currency()).append(',').append(row.amount()).append(',')
          .append(CsvExport.field(row.basis())).append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(CsvExport.TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"charges-" + first + "-" + last + ".csv\"")
        .body(csv.toString());
  }

  private static LocalDate day(String field, String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return today;
    }
    try {
      return PlausibleDates.require(field, LocalDate.parse(value.trim()), today);
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "'" + value + "' is not a date (yyyy-mm-dd)");
    }
  }
}
