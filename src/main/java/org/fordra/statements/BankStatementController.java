package org.fordra.statements;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fordra.api.NotFound;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Bank files in (CONTRACT.md, "Money in and out"): booked, matched, or left to a person. */
@RestController
class BankStatementController {

  record Received(
      Long id, StatementFormat format, int entries, int booked, int unmatched, int duplicates,
      int returned) {

    static Received of(StatementImport.Result r) {
      return new Received(
          r.id(), r.format(), r.entries(), r.booked(), r.unmatched(), r.duplicates(), r.returned());
    }
  }

  record EntryView(
      Long id,
      int index,
      EntryStatus status,
      String direction,
      String amount,
      String currency,
      LocalDate bookedOn,
      String payer,
      List<String> references,
      String text,
      List<String> invoices,
      String returnReason,
      Long returnsEntry,
      StatementEntry.Resolution resolution,
      String resolutionNotes) {

    static EntryView of(StatementEntry e) {
      return new EntryView(
          e.getId(),
          e.getEntryIndex(),
          e.getStatus(),
          e.isCredit() ? "CREDIT" : "DEBIT",
          e.amount().toString(),
          e.amount().currency().getCurrencyCode(),
          e.getBookedOn(),
          e.getPayer(),
          e.structuredReferences(),
          e.getRemittanceText(),
          e.invoiceNumbers(),
          e.getReturnReason(),
          e.getReturnedEntryId(),
          e.getResolution(),
          e.getResolutionNotes());
    }
  }

  record StatementView(
      Long id, StatementFormat format, String reference, Instant receivedAt, String receivedBy,
      List<EntryView> entries) {}

  private final StatementReader reader;
  private final StatementImport statementImport;
  private final BankStatementRepository statements;
  private final StatementEntryRepository entries;

  BankStatementController(
      StatementReader reader,
      StatementImport statementImport,
      BankStatementRepository statements,
      StatementEntryRepository entries) {
    this.reader = reader;
    this.statementImport = statementImport;
    this.statements = statements;
    this.entries = entries;
  }

  @ApiFor(Staff.BOOKKEEPING)
  @PostMapping(
      path = "/api/bank-statements",
      consumes = {"application/xml", "text/xml", "text/plain", "text/csv"})
  ResponseEntity<Received> receive(
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestBody byte[] body) {
    StatementImport.Result result = statementImport.book(reader.read(type, body), null);
    Received view = Received.of(result);
    return result.allSeenBefore()
        ? ResponseEntity.ok(view)
        : ResponseEntity.created(URI.create("/api/bank-statements/" + result.id())).body(view);
  }

  @GetMapping("/api/bank-statements/{id}")
  @Transactional(readOnly = true)
  @ApiFor(Staff.ANY_STAFF)
  StatementView statement(@PathVariable long id) {
    BankStatement statement =
        statements.findById(id).orElseThrow(() -> new NotFound("No bank statement " + id));
    return new StatementView(
        statement.getId(),
        statement.getFormat(),
        statement.getStatementRef(),
        statement.getReceivedAt(),
        statement.getReceivedBy(),
        entries.ofStatement(id).stream().map(EntryView::of).toList());
  }
}
