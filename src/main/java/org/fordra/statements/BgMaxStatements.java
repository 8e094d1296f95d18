package org.fordra.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads Bankgirot's BgMax file, "Bankgiro Inbetalningar, Technical manual BgMax" (Bankgirot,
 * record layouts in section 5). Every record is 80 characters; the first two are the transaction
 * code. Fordra reads:
 *
 * <pre>
 * 01 Start         3-22 layout name "BGMAX", 23-24 version, 25-44 timestamp, 45 test marker
 * 05 Opening       3-12 payee's bankgiro number, 23-25 currency (SEK or EUR)
 * 20 Payment       3-12 payer's bankgiro, 13-37 reference, 38-55 amount (öre), 56 reference code,
 *                  57 payment channel, 58-69 BGC serial number, 70 image marker
 * 21 Deduction     as 20: a credit note the payer deducted; not money received (skipped)
 * 22 Extra ref.    as 20, 13-37 one more reference of the payment (23: negative, skipped)
 * 25 Information   3-52 free text of the payment
 * 26 Name          3-37 payer's name, 38-72 extra name
 * 27-29            payer's address and organisation number (not needed for matching)
 * 15 Deposit       38-45 payment date (YYYYMMDD), 46-50 deposit serial number, 51-68 amount
 * 70 End           3-10 number of payment records, 11-18 deductions, 19-26 extra references,
 *                  27-34 deposit records
 * </pre>
 *
 * Reference code 2 means the reference passed the OCR check digit (a structured reference);
 * 3 that the references are in extra reference records; 4 and 5 a reference without or with a
 * wrong check digit, which Fordra takes as free text. A payment is one entry; its key is the
 * payee's bankgiro, the deposit's payment date and the BGC serial number, which Bankgirot gives
 * each payment. The end record's payment count must agree with the file's payment records.
 */
@Component
class BgMaxStatements {

  static final String START = "01BGMAX";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** A payment until its deposit record gives its date. */
  private static final class Pending {
    final FixedWidthLine line;
    final BigDecimal amount;
    final String serial;
    final List<String> structured = new ArrayList<>();
    final List<String> text = new ArrayList<>();
    String payer;

    Pending(FixedWidthLine line, BigDecimal amount, String serial) {
      this.line = line;
      this.amount = amount;
      this.serial = serial;
    }
  }

  ReportedStatement read(String file) {
    String[] raw = file.split("\\r?\\n");
    List<ReportedEntry> entries = new ArrayList<>();
    List<Pending> section = new ArrayList<>();
    Pending current = null;
    String timestamp = null;
    String bankgiro = null;
    String currency = null;
    int payments = 0;
    boolean ended = false;
    for (int n = 0; n < raw.length; n++) {
      if (raw[n].isBlank()) {
        continue;
      }
      FixedWidthLine line = new FixedWidthLine(n + 1, raw[n]);
      if (ended) {
        throw new MalformedStatement(line.where(), "follows the end record (70)");
      }
      String code = line.field(1, 2);
      if (timestamp == null && !"01".equals(code)) {
        throw new MalformedStatement(line.where(), "comes before the start record (01)");
      }
      switch (code) {
        case "01" -> {
          if (!"BGMAX".equals(line.trimmed(3, 22))) {
            throw line.refuse(3, 22, "layout name is not BGMAX");
          }
          timestamp = line.trimmed(25, 44);
        }
        case "05" -> {
          bankgiro = line.trimmed(3, 12);
          currency = line.trimmed(23, 25);
          if (currency.isEmpty()) {
            currency = "SEK";
          }
          section.clear();
          current = null;
        }
        case "20" -> {
          requireSection(bankgiro, line);
          current = new Pending(line, line.hundredths(38, 55, "amount"), line.trimmed(58, 69));
          if (current.serial.isEmpty()) {
            throw line.refuse(58, 69, "BGC serial number is missing");
          }
          reference(current, line.trimmed(13, 37), line.field(56, 56));
          section.add(current);
          payments++;
        }
        case "21" -> {
          // A deduction: its own extra records follow it, but it is no money received.
          requireSection(bankgiro, line);
          current = new Pending(line, BigDecimal.ZERO, "");
        }
        case "23" -> requirePayment(current, line);
        case "22" -> {
          requirePayment(current, line);
          reference(current, line.trimmed(13, 37), line.field(56, 56));
        }
        case "25" -> {
          requirePayment(current, line);
          current.text.add(line.trimmed(3, 52));
        }
        case "26" -> {
          requirePayment(current, line);
          current.payer = (line.trimmed(3, 37) + " " + line.trimmed(38, 72)).trim();
        }
        case "27", "28", "29" -> requirePayment(current, line);
        case "15" -> {
          requireSection(bankgiro, line);
          LocalDate paidOn = line.date(38, 45, DAY, "payment date");
          for (Pending payment : section) {
            entries.add(
                new ReportedEntry(
                    payment.line.where(),
                    "C:BGMAX:" + bankgiro + ":" + paidOn + ":" + payment.serial,
                    true,
                    false,
                    null,
                    payment.amount,
                    currency,
                    paidOn,
                    payment.payer,
                    payment.structured,
                    String.join(" ", payment.text).trim(),
                    null));
          }
          section.clear();
          current = null;
          bankgiro = null;
        }
        case "70" -> {
          long counted = line.digits(3, 10, "number of payment records");
          if (counted != payments) {
            throw line.refuse(3, 10, "the end record counts " + counted
                + " payment records; the file has " + payments);
          }
          ended = true;
        }
        default -> throw line.refuse(1, 2, "'" + code + "' is not a BgMax transaction code");
      }
    }
    if (!ended) {
      throw new MalformedStatement("line " + raw.length, "the end record (70) is missing");
    }
    if (!section.isEmpty()) {
      throw new MalformedStatement(section.get(0).line.where(), "has no deposit record (15) after it");
    }
    return new ReportedStatement(StatementFormat.BGMAX, "BGMAX " + timestamp, entries);
  }

  private static void reference(Pending payment, String reference, String code) {
    if (reference.isEmpty()) {
      return;
    }
    if ("2".equals(code)) {
      payment.structured.add(reference);
    } else {
      payment.text.add(reference);
    }
  }

  private static void requireSection(String bankgiro, FixedWidthLine line) {
    if (bankgiro == null) {
      throw new MalformedStatement(line.where(), "is outside a section: no opening record (05) before it");
    }
  }

  private static void requirePayment(Object payment, FixedWidthLine line) {
    if (payment == null) {
      throw new MalformedStatement(line.where(), "belongs to a payment, but no payment record (20) precedes it");
    }
  }
}
