package org.fordra.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads Nets' OCR giro file, "OCR giro - Systemspesifikasjon" (Nets Norway, record descriptions in
 * chapter 6). Every record is 80 characters: "NY", service code (3-4), transaction or assignment
 * type (5-6), record type (7-8). Fordra reads:
 *
 * <pre>
 * NY000010 Start transmission  9-16 data sender, 17-23 transmission number, 24-31 data recipient
 * NY090020 Start assignment    9-17 agreement ID, 18-24 assignment number, 25-35 account
 * NY09tt30 Amount item 1       9-15 transaction number, 16-21 Nets date (DDMMYY), 22-23 centre ID,
 *                              24-25 day code, 26 partial settlement, 27-31 serial number,
 *                              32 sign, 33-49 amount (øre), 50-74 KID (right-aligned)
 * NY09tt31 Amount item 2       9-15 transaction number, 16-25 form number, 26-34 agreement ID,
 *                              42-47 debit date, 48-58 debit account
 * NY09tt32 Amount item 3       9-15 transaction number, 16-55 message (types 20 and 21 only)
 * NY090088 End assignment      9-16 number of transactions, 17-24 number of records, 25-41 amount
 * NY000089 End transmission    9-16 number of transactions, 17-24 records, 25-41 amount
 * </pre>
 *
 * The transaction types "tt" 10-21 are ways to pay (giro debited an account, standing order,
 * Nettgiro...); 18 and 20 are reversals ("reversering") of a Nettgiro purchase: Fordra takes them
 * as returns of the payment with the same KID. A transaction's key is the agreement ID, the
 * assignment number and the transaction number, unique per Nets' numbering. The end-assignment
 * record's transaction count and amount must agree with the transactions read.
 */
@Component
class OcrGiroStatements {

  static final String START = "NY000010";
  private static final DateTimeFormatter NETS_DATE = DateTimeFormatter.ofPattern("ddMMuu");

  private static final class Transaction {
    final FixedWidthLine line;
    final String number;
    final int type;
    final BigDecimal amount;
    final LocalDate date;
    final String kid;
    String account;
    String message;

    Transaction(FixedWidthLine line, String number, int type, BigDecimal amount, LocalDate date, String kid) {
      this.line = line;
      this.number = number;
      this.type = type;
      this.amount = amount;
      this.date = date;
      this.kid = kid;
    }
  }

  ReportedStatement read(String file) {
    String[] raw = file.split("\\r?\\n");
    List<ReportedEntry> entries = new ArrayList<>();
    List<Transaction> assignment = new ArrayList<>();
    Transaction current = null;
    String transmission = null;
    String agreement = null;
    String assignmentNumber = null;
    boolean ended = false;
    for (int n = 0; n < raw.length; n++) {
      if (raw[n].isBlank()) {
        continue;
      }
      FixedWidthLine line = new FixedWidthLine(n + 1, raw[n]);
      if (ended) {
        throw new MalformedStatement(line.where(), "follows the end-transmission record (NY000089)");
      }
      if (!"NY".equals(line.field(1, 2))) {
        throw line.refuse(1, 2, "format code is not NY");
      }
      String kind = line.field(3, 8);
      if (transmission == null && !"000010".equals(kind)) {
        throw new MalformedStatement(line.where(), "comes before the start-transmission record (NY000010)");
      }
      if ("000010".equals(kind)) {
        transmission = line.trimmed(9, 16) + "-" + line.trimmed(17, 23);
      } else if ("090020".equals(kind)) {
        agreement = line.trimmed(9, 17);
        assignmentNumber = line.trimmed(18, 24);
        assignment.clear();
        current = null;
      } else if ("090088".equals(kind)) {
        requireAssignment(agreement, line);
        long count = line.digits(9, 16, "number of transactions");
        if (count != assignment.size()) {
          throw line.refuse(9, 16, "the end record counts " + count
              + " transactions; the assignment has " + assignment.size());
        }
        BigDecimal total = line.hundredths(25, 41, "total amount");
        // The total has no sign: it is the sum of the amounts as signed, or, with reversals
        // among them, of their sizes; either agreeing is the file as Nets wrote it.
        BigDecimal signed =
            assignment.stream().map(t -> t.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sizes =
            assignment.stream().map(t -> t.amount.abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(signed.abs()) != 0 && total.compareTo(sizes) != 0) {
          throw line.refuse(25, 41, "the end record's total " + total
              + " is not the sum of the transactions, " + sizes);
        }
        for (Transaction t : assignment) {
          boolean reversal = t.type == 18 || t.type == 20;
          entries.add(
              new ReportedEntry(
                  t.line.where(),
                  (reversal ? "D:" : "C:") + "OCR:" + agreement + ":" + assignmentNumber + ":" + t.number,
                  !reversal,
                  reversal,
                  null,
                  t.amount.abs(),
                  "NOK",
                  t.date,
                  t.account == null ? null : "account " + t.account,
                  t.kid.isEmpty() ? List.of() : List.of(t.kid),
                  t.message == null ? "" : t.message,
                  null));
        }
        assignment.clear();
        current = null;
        agreement = null;
      } else if ("000089".equals(kind)) {
        ended = true;
      } else if (kind.startsWith("09") && kind.endsWith("30")) {
        requireAssignment(agreement, line);
        int type = (int) line.digits(5, 6, "transaction type");
        if (type < 10 || type > 21) {
          throw line.refuse(5, 6, "transaction type " + type + " is not an OCR giro type (10-21)");
        }
        BigDecimal amount = line.hundredths(33, 49, "amount");
        if ("-".equals(line.field(32, 32))) {
          amount = amount.negate();
        }
        current =
            new Transaction(
                line, line.trimmed(9, 15), type, amount,
                line.date(16, 21, NETS_DATE, "Nets date"), line.trimmed(50, 74));
        assignment.add(current);
      } else if (kind.startsWith("09") && kind.endsWith("31")) {
        requireTransaction(current, line);
        current.account = line.trimmed(48, 58);
      } else if (kind.startsWith("09") && kind.endsWith("32")) {
        requireTransaction(current, line);
        current.message = line.trimmed(16, 55);
      } else {
        throw line.refuse(3, 8, "'" + kind + "' is not an OCR giro record");
      }
    }
    if (!ended) {
      throw new MalformedStatement("line " + raw.length, "the end-transmission record (NY000089) is missing");
    }
    if (agreement != null) {
      throw new MalformedStatement("line " + raw.length, "the last assignment has no end record (NY090088)");
    }
    return new ReportedStatement(StatementFormat.OCR_GIRO, "OCR " + transmission, entries);
  }

  private static void requireAssignment(String agreement, FixedWidthLine line) {
    if (agreement == null) {
      throw new MalformedStatement(line.where(), "is outside an assignment: no start-assignment record (NY090020) before it");
    }
  }

  private static void requireTransaction(Transaction current, FixedWidthLine line) {
    if (current == null || !current.number.equals(line.trimmed(9, 15))) {
      throw new MalformedStatement(line.where(), "does not follow amount item 1 of the same transaction");
    }
  }
}
