package org.fordra.statements;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.MxCamt05400102;
import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.Party40Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation7;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads ISO 20022 camt.053 (BankToCustomerStatement) and camt.054
 * (BankToCustomerDebitCreditNotification) with Prowide ISO 20022's JAXB model, in version 001.02
 * (the 2009 message set most Nordic and SEPA banks deliver) and 001.08 (the 2019 set of SWIFT's
 * CBPR+ and of banks that moved on). A statement and a notification of one version carry the same
 * entry type (ReportEntry2, ReportEntry10), and both versions are read into one shape ({@link
 * Ntry}, {@link Tx}), so the rules below are written once. Per entry (Ntry) it takes:
 *
 * <ul>
 *   <li>Amt and its Ccy, CdtDbtInd (CRDT is money in), RvslInd (a reversal), BookgDt (else ValDt);
 *   <li>from the transaction details (NtryDtls/TxDtls): Refs/AcctSvcrRef and EndToEndId,
 *       RltdPties/Dbtr/Nm (the payer), RmtInf/Strd/CdtrRefInf/Ref (the structured reference, such
 *       as an RF creditor reference, ISO 11649), RmtInf/Ustrd (the free text) and RtrInf/Rsn (the
 *       return reason of a returned payment);
 *   <li>a batch entry (several TxDtls) is one payment per transaction, each with its own
 *       amount (version 08: TxDtls/Amt; else AmtDtls/TxAmt/Amt), as the camt.053 Message
 *       Definition Report describes batch booking.
 * </ul>
 *
 * A file that is not well-formed XML is refused naming its line and column; a well-formed one
 * without what an entry needs is refused naming the element, such as {@code Stmt[1]/Ntry[2]/Amt}.
 */
@Component
class CamtStatements {

  static final String CAMT_053_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
  static final String CAMT_054_02 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
  static final String CAMT_053_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
  static final String CAMT_054_08 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";
  /** "Not provided": the placeholder ISO 20022 prescribes for an absent EndToEndId. */
  private static final String NOT_PROVIDED = "NOTPROVIDED";

  ReportedStatement read(String xml) {
    String namespace = documentNamespace(xml);
    if (CAMT_053_02.equals(namespace)) {
      MxCamt05300102 message = parsed(() -> MxCamt05300102.parse(xml));
      if (message == null || message.getBkToCstmrStmt() == null) {
        throw new MalformedStatement("Document/BkToCstmrStmt", "is missing or not readable");
      }
      String id = messageId(message.getBkToCstmrStmt().getGrpHdr() == null
          ? null : message.getBkToCstmrStmt().getGrpHdr().getMsgId());
      List<ReportedEntry> entries = new ArrayList<>();
      List<AccountStatement2> statements = message.getBkToCstmrStmt().getStmt();
      if (statements.isEmpty()) {
        throw new MalformedStatement("Document/BkToCstmrStmt/Stmt", "is missing");
      }
      for (int s = 0; s < statements.size(); s++) {
        AccountStatement2 statement = statements.get(s);
        String scope = statement.getId() == null ? id : id + "/" + statement.getId();
        entries.addAll(entries("Stmt[" + (s + 1) + "]", scope, v02(statement.getNtry())));
      }
      return new ReportedStatement(StatementFormat.CAMT_053, id, entries);
    }
    if (CAMT_053_08.equals(namespace)) {
      MxCamt05300108 message = parsed(() -> MxCamt05300108.parse(xml));
      if (message == null || message.getBkToCstmrStmt() == null) {
        throw new MalformedStatement("Document/BkToCstmrStmt", "is missing or not readable");
      }
      String id = messageId(message.getBkToCstmrStmt().getGrpHdr() == null
          ? null : message.getBkToCstmrStmt().getGrpHdr().getMsgId());
      List<ReportedEntry> entries = new ArrayList<>();
      List<AccountStatement9> statements = message.getBkToCstmrStmt().getStmt();
      if (statements.isEmpty()) {
        throw new MalformedStatement("Document/BkToCstmrStmt/Stmt", "is missing");
      }
      for (int s = 0; s < statements.size(); s++) {
        AccountStatement9 statement = statements.get(s);
        String scope = statement.getId() == null ? id : id + "/" + statement.getId();
        entries.addAll(entries("Stmt[" + (s + 1) + "]", scope, v08(statement.getNtry())));
      }
      return new ReportedStatement(StatementFormat.CAMT_053, id, entries);
    }
    if (CAMT_054_02.equals(namespace)) {
      MxCamt05400102 message = parsed(() -> MxCamt05400102.parse(xml));
      if (message == null || message.getBkToCstmrDbtCdtNtfctn() == null) {
        throw new MalformedStatement("Document/BkToCstmrDbtCdtNtfctn", "is missing or not readable");
      }
      String id = messageId(message.getBkToCstmrDbtCdtNtfctn().getGrpHdr() == null
          ? null : message.getBkToCstmrDbtCdtNtfctn().getGrpHdr().getMsgId());
      List<ReportedEntry> entries = new ArrayList<>();
      List<AccountNotification2> notifications = message.getBkToCstmrDbtCdtNtfctn().getNtfctn();
      if (notifications.isEmpty()) {
        throw new MalformedStatement("Document/BkToCstmrDbtCdtNtfctn/Ntfctn", "is missing");
      }
      for (int n = 0; n < notifications.size(); n++) {
        AccountNotification2 notification = notifications.get(n);
        String scope = notification.getId() == null ? id : id + "/" + notification.getId();
        entries.addAll(entries("Ntfctn[" + (n + 1) + "]", scope, v02(notification.getNtry())));
      }
      return new ReportedStatement(StatementFormat.CAMT_054, id, entries);
    }
    if (CAMT_054_08.equals(namespace)) {
      MxCamt05400108 message = parsed(() -> MxCamt05400108.parse(xml));
      if (message == null || message.getBkToCstmrDbtCdtNtfctn() == null) {
        throw new MalformedStatement("Document/BkToCstmrDbtCdtNtfctn", "is missing or not readable");
      }
      String id = messageId(message.getBkToCstmrDbtCdtNtfctn().getGrpHdr() == null
          ? null : message.getBkToCstmrDbtCdtNtfctn().getGrpHdr().getMsgId());
      List<ReportedEntry> entries = new ArrayList<>();
      List<AccountNotification17> notifications = message.getBkToCstmrDbtCdtNtfctn().getNtfctn();
      if (notifications.isEmpty()) {
        throw new MalformedStatement("Document/BkToCstmrDbtCdtNtfctn/Ntfctn", "is missing");
      }
      for (int n = 0; n < notifications.size(); n++) {
        AccountNotification17 notification = notifications.get(n);
        String scope = notification.getId() == null ? id : id + "/" + notification.getId();
        entries.addAll(entries("Ntfctn[" + (n + 1) + "]", scope, v08(notification.getNtry())));
      }
      return new ReportedStatement(StatementFormat.CAMT_054, id, entries);
    }
    throw new MalformedStatement(
        "Document",
        "is in the namespace '" + namespace + "'; Fordra reads camt.053.001.02 (" + CAMT_053_02
            + "), camt.053.001.08, camt.054.001.02 and camt.054.001.08");
  }

  /**
   * Prowide's reading, which leaves out what it cannot bind (the checks below then name it); should
   * it fail outright on a well-formed file, that is still the file's fault: a 400, not a 500.
   */
  private static <T> T parsed(java.util.function.Supplier<T> reading) {
    try {
      return reading.get();
    } catch (RuntimeException unreadable) {
      throw new MalformedStatement("Document", "cannot be read as camt: " + unreadable.getMessage());
    }
  }

  private static String messageId(String msgId) {
    if (msgId == null || msgId.isBlank()) {
      throw new MalformedStatement("GrpHdr/MsgId", "is missing");
    }
    return msgId.trim();
  }

  /**
   * One camt transaction (TxDtls) as both versions give it. {@code amount} is the transaction's
   * own amount (version 08 TxDtls/Amt, else AmtDtls/TxAmt/Amt), {@code amountPath} where it is.
   */
  record Tx(
      String acctSvcrRef,
      String endToEndId,
      ActiveOrHistoricCurrencyAndAmount amount,
      String amountPath,
      String debtor,
      String creditor,
      List<String> structured,
      List<String> text,
      String returnReason) {}

  /** One camt entry (Ntry) as both versions give it. */
  record Ntry(
      String ntryRef,
      ActiveOrHistoricCurrencyAndAmount amount,
      CreditDebitCode direction,
      Boolean reversal,
      LocalDate bookingDate,
      LocalDate valueDate,
      String acctSvcrRef,
      List<Tx> transactions) {}

  private List<ReportedEntry> entries(String path, String statementId, List<Ntry> ntries) {
    List<ReportedEntry> entries = new ArrayList<>();
    for (int i = 0; i < ntries.size(); i++) {
      Ntry ntry = ntries.get(i);
      String where = path + "/Ntry[" + (i + 1) + "]";
      ActiveOrHistoricCurrencyAndAmount amount = required(ntry.amount(), where + "/Amt");
      if (amount.getValue() == null || amount.getValue().signum() < 0) {
        throw new MalformedStatement(where + "/Amt", "is not an amount of 0 or more");
      }
      required(amount.getCcy(), where + "/Amt/@Ccy");
      CreditDebitCode direction = required(ntry.direction(), where + "/CdtDbtInd");
      LocalDate bookedOn = ntry.bookingDate();
      if (bookedOn == null) {
        bookedOn = required(ntry.valueDate(), where + "/BookgDt");
      }
      boolean credit = direction == CreditDebitCode.CRDT;
      boolean reversal = Boolean.TRUE.equals(ntry.reversal());
      List<Tx> transactions = ntry.transactions();
      String entryRef =
          ntry.ntryRef() == null || ntry.ntryRef().isBlank()
              ? String.valueOf(i + 1)
              : ntry.ntryRef().trim();
      if (transactions.size() <= 1) {
        Tx tx = transactions.isEmpty() ? null : transactions.get(0);
        String key =
            firstOf(
                prefixed("ASR:", ntry.acctSvcrRef()),
                tx == null ? null : prefixed("ASR:", tx.acctSvcrRef()),
                tx == null || endToEnd(tx) == null ? null : "E2E:" + endToEnd(tx),
                "CAMT:" + statementId + ":" + entryRef);
        entries.add(entry(where, key, credit, reversal, amount, bookedOn, tx));
      } else {
        for (int t = 0; t < transactions.size(); t++) {
          Tx tx = transactions.get(t);
          String txWhere = where + "/NtryDtls/TxDtls[" + (t + 1) + "]";
          ActiveOrHistoricCurrencyAndAmount txAmount =
              required(tx.amount(), txWhere + "/" + tx.amountPath());
          if (txAmount.getValue() == null || txAmount.getValue().signum() < 0) {
            throw new MalformedStatement(txWhere + "/" + tx.amountPath(), "is not an amount of 0 or more");
          }
          required(txAmount.getCcy(), txWhere + "/" + tx.amountPath() + "/@Ccy");
          String key =
              firstOf(
                  prefixed("ASR:", tx.acctSvcrRef()),
                  endToEnd(tx) == null ? null : "E2E:" + endToEnd(tx),
                  prefixed("ASR:", ntry.acctSvcrRef()) == null
                      ? null
                      : "ASR:" + ntry.acctSvcrRef().trim() + "/" + (t + 1),
                  "CAMT:" + statementId + ":" + entryRef + "/" + (t + 1));
          entries.add(entry(txWhere, key, credit, reversal, txAmount, bookedOn, tx));
        }
      }
    }
    return entries;
  }

  private static ReportedEntry entry(
      String where,
      String key,
      boolean credit,
      boolean reversal,
      ActiveOrHistoricCurrencyAndAmount amount,
      LocalDate bookedOn,
      Tx tx) {
    List<String> structured = new ArrayList<>();
    List<String> text = new ArrayList<>();
    String payer = null;
    String returnReason = null;
    if (tx != null) {
      tx.structured().stream().filter(r -> r != null && !r.isBlank()).map(String::trim)
          .forEach(structured::add);
      tx.text().stream().filter(r -> r != null && !r.isBlank()).forEach(text::add);
      // Money in: the debtor paid it. A return gives it back to the creditor of the original.
      payer = credit ? tx.debtor() : firstOf(tx.creditor(), tx.debtor());
      returnReason = tx.returnReason();
    }
    return new ReportedEntry(
        where,
        (credit ? "C:" : "D:") + key,
        credit,
        reversal,
        returnReason,
        amount.getValue(),
        amount.getCcy().trim(),
        bookedOn,
        payer == null ? null : payer.trim(),
        structured,
        String.join(" ", text).trim(),
        endToEnd(tx));
  }

  private static String endToEnd(Tx tx) {
    if (tx == null || tx.endToEndId() == null) {
      return null;
    }
    String id = tx.endToEndId().trim();
    return id.isEmpty() || NOT_PROVIDED.equalsIgnoreCase(id) ? null : id;
  }

  // Version 02 (ISO 20022 2009): ReportEntry2, EntryTransaction2.

  private static List<Ntry> v02(List<ReportEntry2> ntries) {
    return ntries.stream()
        .map(n -> new Ntry(
            n.getNtryRef(), n.getAmt(), n.getCdtDbtInd(), n.isRvslInd(), date(n.getBookgDt()),
            date(n.getValDt()), n.getAcctSvcrRef(),
            n.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).map(CamtStatements::v02).toList()))
        .toList();
  }

  private static Tx v02(EntryTransaction2 tx) {
    List<String> structured = new ArrayList<>();
    List<String> text = new ArrayList<>();
    if (tx.getRmtInf() != null) {
      for (StructuredRemittanceInformation7 strd : tx.getRmtInf().getStrd()) {
        if (strd.getCdtrRefInf() != null) {
          structured.add(strd.getCdtrRefInf().getRef());
        }
        text.addAll(strd.getAddtlRmtInf());
      }
      text.addAll(tx.getRmtInf().getUstrd());
    }
    var parties = tx.getRltdPties();
    return new Tx(
        tx.getRefs() == null ? null : tx.getRefs().getAcctSvcrRef(),
        tx.getRefs() == null ? null : tx.getRefs().getEndToEndId(),
        tx.getAmtDtls() == null || tx.getAmtDtls().getTxAmt() == null ? null : tx.getAmtDtls().getTxAmt().getAmt(),
        "AmtDtls/TxAmt/Amt",
        parties == null ? null : name(firstNonNull(parties.getDbtr(), parties.getUltmtDbtr())),
        parties == null ? null : name(parties.getCdtr()),
        structured,
        text,
        tx.getRtrInf() == null || tx.getRtrInf().getRsn() == null
            ? null
            : firstOf(tx.getRtrInf().getRsn().getCd(), tx.getRtrInf().getRsn().getPrtry()));
  }

  private static String name(PartyIdentification32 party) {
    return party == null ? null : party.getNm();
  }

  // Version 08 (ISO 20022 2019, the version of SWIFT's CBPR+ and of many banks since):
  // ReportEntry10, EntryTransaction10; parties are a Party40Choice, a transaction has its own Amt.

  private static List<Ntry> v08(List<ReportEntry10> ntries) {
    return ntries.stream()
        .map(n -> new Ntry(
            n.getNtryRef(), n.getAmt(), n.getCdtDbtInd(), n.isRvslInd(), date(n.getBookgDt()),
            date(n.getValDt()), n.getAcctSvcrRef(),
            n.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).map(CamtStatements::v08).toList()))
        .toList();
  }

  private static Tx v08(EntryTransaction10 tx) {
    List<String> structured = new ArrayList<>();
    List<String> text = new ArrayList<>();
    if (tx.getRmtInf() != null) {
      for (StructuredRemittanceInformation16 strd : tx.getRmtInf().getStrd()) {
        if (strd.getCdtrRefInf() != null) {
          structured.add(strd.getCdtrRefInf().getRef());
        }
        text.addAll(strd.getAddtlRmtInf());
      }
      text.addAll(tx.getRmtInf().getUstrd());
    }
    var parties = tx.getRltdPties();
    ActiveOrHistoricCurrencyAndAmount amount = tx.getAmt();
    String amountPath = "Amt";
    if (amount == null && tx.getAmtDtls() != null && tx.getAmtDtls().getTxAmt() != null) {
      amount = tx.getAmtDtls().getTxAmt().getAmt();
      amountPath = "AmtDtls/TxAmt/Amt";
    }
    return new Tx(
        tx.getRefs() == null ? null : tx.getRefs().getAcctSvcrRef(),
        tx.getRefs() == null ? null : tx.getRefs().getEndToEndId(),
        amount,
        amountPath,
        parties == null ? null : name(firstNonNull(parties.getDbtr(), parties.getUltmtDbtr())),
        parties == null ? null : name(parties.getCdtr()),
        structured,
        text,
        tx.getRtrInf() == null || tx.getRtrInf().getRsn() == null
            ? null
            : firstOf(tx.getRtrInf().getRsn().getCd(), tx.getRtrInf().getRsn().getPrtry()));
  }

  private static String name(Party40Choice party) {
    return party == null || party.getPty() == null ? null : party.getPty().getNm();
  }

  private static LocalDate date(DateAndDateTimeChoice choice) {
    if (choice == null) {
      return null;
    }
    if (choice.getDt() != null) {
      return choice.getDt();
    }
    return choice.getDtTm() == null ? null : choice.getDtTm().toLocalDate();
  }

  private static LocalDate date(DateAndDateTime2Choice choice) {
    if (choice == null) {
      return null;
    }
    if (choice.getDt() != null) {
      return choice.getDt();
    }
    return choice.getDtTm() == null ? null : choice.getDtTm().toLocalDate();
  }

  private static String prefixed(String prefix, String value) {
    return value == null || value.isBlank() ? null : prefix + value.trim();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static <T> T required(T value, String where) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new MalformedStatement(where, "is missing");
    }
    return Objects.requireNonNull(value);
  }

  /**
   * The namespace of the message under {@code Document}, after checking the file is well-formed
   * XML (line and column of the first error otherwise). No DOCTYPE is allowed: a bank file has
   * none, and refusing it shuts out entity expansion and external entities (OWASP XXE).
   */
  static String documentNamespace(String xml) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      SAXParser parser = factory.newSAXParser();
      String[] namespace = new String[1];
      parser.parse(
          new InputSource(new StringReader(xml)),
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
              if (namespace[0] == null && "Document".equals(local)) {
                namespace[0] = uri;
              }
            }
          });
      if (namespace[0] == null) {
        throw new MalformedStatement("Document", "is missing: an ISO 20022 message has a Document root");
      }
      return namespace[0];
    } catch (SAXParseException bad) {
      throw new MalformedStatement(
          "line " + bad.getLineNumber(),
          "column " + bad.getColumnNumber() + ": " + bad.getMessage());
    } catch (SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException bad) {
      throw new MalformedStatement("body", "is not readable XML: " + bad.getMessage());
    }
  }
}
