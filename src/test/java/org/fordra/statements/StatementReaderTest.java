package org.fordra.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.statements.StatementFixtures.file;
import static org.fordra.statements.StatementFixtures.fixedWidthFile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The readers on their own, without Spring: what each format's fields become, and that anything
 * malformed is a {@link MalformedStatement} naming where (a 400), never another exception (a 500).
 */
class StatementReaderTest {

  static final Map<String, String> CSV_COLUMNS =
      Map.of("id", "id", "date", "date", "amount", "amount", "currency", "currency",
          "reference", "reference", "text", "text", "payer", "payer");

  final StatementReader reader =
      new StatementReader(
          new CamtStatements(), new BgMaxStatements(), new OcrGiroStatements(),
          new CsvStatements(CSV_COLUMNS, ',', false, "yyyy-MM-dd", ""));

  static String day() {
    return file("camt053-day.xml", Map.of("RUN", "R1", "REF_A", "RF18539007547034", "INV_B", "2026-0042"));
  }

  @Test
  void aCamtEntryGivesItsKeyReferenceTextPayerAndDate() {
    ReportedStatement statement =
        reader.read(MediaType.APPLICATION_XML, day().getBytes(StandardCharsets.UTF_8));

    assertThat(statement.format()).isEqualTo(StatementFormat.CAMT_053);
    assertThat(statement.reference()).isEqualTo("STMT-R1-1");
    assertThat(statement.entries()).hasSize(4);
    ReportedEntry first = statement.entries().get(0);
    assertThat(first.key()).isEqualTo("C:ASR:R1-A1");
    assertThat(first.amount()).isEqualByComparingTo("1250.00");
    assertThat(first.currency()).isEqualTo("EUR");
    assertThat(first.bookedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(first.structuredReferences()).containsExactly("RF18539007547034");
    assertThat(first.payer()).isEqualTo("Brödbolaget AB");
    assertThat(first.endToEndId()).isEqualTo("R1-E2E-1");
    assertThat(statement.entries().get(1).text()).isEqualTo("Payment of invoice 2026-0042, thank you");
    // ISO 20022's NOTPROVIDED is no EndToEndId.
    assertThat(statement.entries().get(2).endToEndId()).isNull();
    ReportedEntry fee = statement.entries().get(3);
    assertThat(fee.credit()).isFalse();
    assertThat(fee.isReturn()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount not a number   | <Amt Ccy=\"EUR\">74.00</Amt>          | <Amt Ccy=\"EUR\">74,00</Amt>        | Ntry[3]",
        "no currency           | <Amt Ccy=\"EUR\">74.00</Amt>          | <Amt>74.00</Amt>                   | Ntry[3]/Amt/@Ccy",
        "negative amount       | <Amt Ccy=\"EUR\">74.00</Amt>          | <Amt Ccy=\"EUR\">-74.00</Amt>       | Ntry[3]/Amt",
        "direction unknown     | <CdtDbtInd>CRDT</CdtDbtInd>\\n        <Sts>BOOK</Sts>\\n        <BookgDt><Dt>2026-05-04</Dt></BookgDt>\\n        <AcctSvcrRef>R1-A3 | <CdtDbtInd>CREDIT</CdtDbtInd>\\n        <Sts>BOOK</Sts>\\n        <BookgDt><Dt>2026-05-04</Dt></BookgDt>\\n        <AcctSvcrRef>R1-A3 | Ntry[3]/CdtDbtInd",
        "date not a date       | <BookgDt><Dt>2026-05-04</Dt></BookgDt>\\n        <AcctSvcrRef>R1-A3 | <BookgDt><Dt>4 May</Dt></BookgDt>\\n        <AcctSvcrRef>R1-A3 | Ntry[3]/BookgDt",
        "no message id         | <MsgId>STMT-R1-1</MsgId>             | <MsgId></MsgId>                    | GrpHdr/MsgId",
        "not well-formed       | </BkToCstmrStmt>                      | </BkToCstmrStm>                    | line ",
      })
  void aMalformedCamtFileNamesWhere(String what, String good, String bad, String where) {
    String broken = day().replace(good.replace("\\n", "\n"), bad.replace("\\n", "\n"));
    assertThat(broken).as(what).isNotEqualTo(day());
    assertThatThrownBy(() -> reader.read(MediaType.APPLICATION_XML, broken.getBytes(StandardCharsets.UTF_8)))
        .as(what)
        .isInstanceOf(MalformedStatement.class)
        .hasMessageContaining(where);
  }

  @Test
  void aBgMaxPaymentIsDatedByItsDepositAndKeyedByItsBgcSerialNumber() {
    String text =
        fixedWidthFile(
            "bgmax-deposit.txt",
            Map.of("REF_A", "12345678903", "INV_B", "2026-0042", "SER1", "660000000001",
                "SER2", "660000000002", "SER3", "660000000003"));

    ReportedStatement statement = reader.read(MediaType.TEXT_PLAIN, text.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(statement.format()).isEqualTo(StatementFormat.BGMAX);
    assertThat(statement.entries()).hasSize(3);
    ReportedEntry first = statement.entries().get(0);
    assertThat(first.key()).isEqualTo("C:BGMAX:0009912346:2026-05-04:660000000001");
    assertThat(first.amount()).isEqualTo(new BigDecimal("1250.00"));
    assertThat(first.currency()).isEqualTo("SEK");
    assertThat(first.structuredReferences()).containsExactly("12345678903");
    assertThat(first.payer()).isEqualTo("Brödbolaget AB");
    ReportedEntry second = statement.entries().get(1);
    assertThat(second.structuredReferences()).isEmpty();
    assertThat(second.text()).isEqualTo("Faktura 2026-0042");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a record too long   | 7000000003000000000000000000000001 | 7000000003000000000000000000000001" + "                                               x | line 13",
        "an unknown record   | 7000000003000000000000000000000001 | 9900000003000000000000000000000001 | line 13, positions 1-2",
        "an amount not digits| 00000000000012500021 | 0000000000001250X021 | line 3, positions 38-55",
      })
  void aMalformedBgMaxFileNamesTheLine(String what, String good, String bad, String where) {
    String text =
        fixedWidthFile(
            "bgmax-deposit.txt",
            Map.of("REF_A", "12345678903", "INV_B", "2026-0042", "SER1", "660000000001",
                "SER2", "660000000002", "SER3", "660000000003"));
    String broken = text.replace(good, bad);
    assertThat(broken).as(what).isNotEqualTo(text);
    assertThatThrownBy(() -> reader.read(MediaType.TEXT_PLAIN, broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedStatement.class)
        .hasMessageContaining(where);
  }

  @Test
  void anOcrGiroTransactionGivesItsKidAmountAndNetsDate() {
    String text =
        fixedWidthFile(
            "ocr-giro.txt", Map.of("KID_A", "0000531", "INV_B", "2026-0042", "AGR", "001008566", "TX", "0170031"));

    ReportedStatement statement = reader.read(MediaType.TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8));

    assertThat(statement.format()).isEqualTo(StatementFormat.OCR_GIRO);
    assertThat(statement.reference()).isEqualTo("OCR 00008080-0170031");
    ReportedEntry first = statement.entries().get(0);
    assertThat(first.key()).isEqualTo("C:OCR:001008566:0000001:0000001");
    assertThat(first.amount()).isEqualTo(new BigDecimal("1020.00"));
    assertThat(first.currency()).isEqualTo("NOK");
    assertThat(first.bookedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(first.structuredReferences()).containsExactly("0000531");
    assertThat(first.payer()).isEqualTo("account 99990512341");
    assertThat(statement.entries().get(1).text()).isEqualTo("Faktura 2026-0042");
  }

  @Test
  void anOcrGiroFileWithoutItsEndRecordIsRefused() {
    String text =
        fixedWidthFile(
            "ocr-giro.txt", Map.of("KID_A", "0000531", "INV_B", "2026-0042", "AGR", "001008566", "TX", "0170031"));
    String cut = text.substring(0, text.indexOf("NY000089"));
    assertThatThrownBy(() -> reader.read(MediaType.TEXT_PLAIN, cut.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedStatement.class)
        .hasMessageContaining("NY000089");
  }

  @Test
  void aCsvWithoutTheIdColumnIsRefusedNamingTheColumn() {
    assertThatThrownBy(
            () -> reader.read(MediaType.valueOf("text/csv"),
                "date,amount,currency\n2026-05-04,1.00,EUR\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedStatement.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'id'");
  }

  @Test
  void referencesPrintedInGroupsAreFoundInFreeText() {
    assertThat(EntryMatching.wordsOf("Betalning: RF18 5390 0754 7034 (faktura 2026-0042)."))
        .contains("RF18539007547034", "2026-0042", "faktura");
  }
}
