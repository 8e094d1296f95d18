package org.fordra.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.notices.Creditor;
import org.fordra.statements.BankInbox;
import org.fordra.statements.StatementImport;
import org.fordra.statements.StatementReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's morning: a camt.053 statement arrives in the bank inbox and is booked the way every
 * statement is ({@link BankInbox}). One credit pays Hansen &amp; Söhne's invoice exactly with its
 * RF reference (booked at once, the case closes as paid); the other comes from "Bakkerij de
 * Vries" with no reference or invoice number, so a collector finds a MatchPayment task for it.
 * The file stays in the inbox's {@code done/} folder with its result, as a sample of the format.
 */
@Component
@ConditionalOnProperty(name = "fordra.demo.enabled", havingValue = "true")
class DemoBankStatement {

  static final String PAID_INVOICE = "DEMO-1007";
  static final String UNCLEAR_AMOUNT = "500.00";

  private final InvoiceRepository invoices;
  private final InvoiceAccounts accounts;
  private final TransactionTemplate transaction;
  private final Creditor creditor;
  private final StatementReader reader;
  private final StatementImport statementImport;
  private final Path folder;

  DemoBankStatement(
      InvoiceRepository invoices,
      InvoiceAccounts accounts,
      TransactionTemplate transaction,
      Creditor creditor,
      StatementReader reader,
      StatementImport statementImport,
      @Value("${fordra.statements.inbox.folder:./data/inbox/bank}") String folder) {
    this.invoices = invoices;
    this.accounts = accounts;
    this.transaction = transaction;
    this.creditor = creditor;
    this.reader = reader;
    this.statementImport = statementImport;
    this.folder = Path.of(folder);
  }

  /** Drops today's statement in the inbox and books it; returns the file as written. */
  Path arrive(LocalDate today) {
    record Paid(String amount, String reference) {}
    Paid paid =
        transaction.execute(status -> {
          Invoice invoice = invoices.findByNumber(PAID_INVOICE).orElseThrow();
          Money balance = accounts.of(invoice).balance();
          return new Paid(balance.amount().toPlainString(), invoice.getPaymentReference());
        });
    String iban = creditor.accountFor(java.util.Currency.getInstance("EUR")).iban();
    String closing =
        new java.math.BigDecimal(paid.amount()).add(new java.math.BigDecimal(UNCLEAR_AMOUNT)).toPlainString();
    String xml =
        template()
            .replace("{{DAY}}", today.toString())
            .replace("{{IBAN}}", iban == null ? "" : iban.replace(" ", ""))
            .replace("{{PAID}}", paid.amount())
            .replace("{{REFERENCE}}", paid.reference())
            .replace("{{UNCLEAR}}", UNCLEAR_AMOUNT)
            .replace("{{CLOSING}}", closing);
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve("demo-statement-" + today + ".xml");
      // Written under a name the inbox skips, then moved into place: never read half-written.
      Path part = folder.resolve(file.getFileName() + ".part");
      Files.writeString(part, xml, StandardCharsets.UTF_8);
      Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      new BankInbox(reader, statementImport, folder).poll();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not put the demo's statement in " + folder, e);
    }
  }

  private static String template() {
    try (InputStream in = DemoBankStatement.class.getResourceAsStream("/demo/bank-statement.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
