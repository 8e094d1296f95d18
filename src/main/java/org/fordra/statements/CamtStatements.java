package org.fordra.statements;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05400102;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification32;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
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
 * Reads ISO 20022 camt.053.001.02 (BankToCustomerStatementV02) and camt.054.001.02
 * (BankToCustomerDebitCreditNotificationV02), the versions of the 2009 message set that Nordic and
 * SEPA banks deliver, with Prowide ISO 20022's JAXB model. Both carry the same entry type
 * (ReportEntry2), so one reading serves both. Per entry (Ntry) it takes:
 *
 * <ul>
 *   <li>Amt and its Ccy, CdtDbtInd (CRDT is money in), RvslInd (a reversal), BookgDt (else ValDt);
 *   <li>from the transaction details (NtryDtls/TxDtls): Refs/AcctSvcrRef and EndToEndId,
 *       RltdPties/Dbtr/Nm (the payer), RmtInf/Strd/CdtrRefInf/Ref (the structured reference, such
 *       as an RF creditor reference, ISO 11649), RmtInf/Ustrd (the free text) and RtrInf/Rsn (the
 *       return reason of a returned payment);
 *   <li>a batch entry (several TxDtls) is one payment per transaction, each with its own
 *       AmtDtls/TxAmt/Amt, as the camt.053 Message Definition Report describes batch booking.
 * </ul>
 *
 * A file that is not well-formed XML is refused naming its line and column; a well-formed one
 * without what an entry needs is refused naming the element, such as {@code Stmt[1]/Ntry[2]/Amt}.
 */
@Component
class CamtStatements {

  static final String CAMT_053_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
  static final String CAMT_054_02 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
  /** "Not provided": the placeholder ISO 20022 prescribes for an absent EndToEndId. */
  private static final String NOT_PROVIDED = "NOTPROVIDED";

  ReportedStatement read(String xml) {
    String namespace = documentNamespace(xml);
    if (CAMT_053_02.equals(namespace)) {
      MxCamt05300102 message = MxCamt05300102.parse(xml);
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
        entries.addAll(entries("Stmt[" + (s + 1) + "]", scope, statement.getNtry()));
      }
      return new ReportedStatement(StatementFormat.CAMT_053, id, entries);
    }
    if (CAMT_054_02.equals(namespace)) {
      MxCamt05400102 message = MxCamt05400102.parse(xml);
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
        entries.addAll(entries("Ntfctn[" + (n + 1) + "]", scope, notification.getNtry()));
      }
      return new ReportedStatement(StatementFormat.CAMT_054, id, entries);
    }
    throw new MalformedStatement(
        "Document",
        "is in the namespace '" + namespace + "'; Fordra reads camt.053.001.02 (" + CAMT_053_02
            + ") and camt.054.001.02 (" + CAMT_054_02 + ")");
  }

  private static String messageId(String msgId) {
    if (msgId == null || msgId.isBlank()) {
      throw new MalformedStatement("GrpHdr/MsgId", "is missing");
    }
    return msgId.trim();
  }

  private List<ReportedEntry> entries(String path, String statementId, List<ReportEntry2> ntries) {
    List<ReportedEntry> entries = new ArrayList<>();
    for (int i = 0; i < ntries.size(); i++) {
      ReportEntry2 ntry = ntries.get(i);
      String where = path + "/Ntry[" + (i + 1) + "]";
      ActiveOrHistoricCurrencyAndAmount amount = required(ntry.getAmt(), where + "/Amt");
      if (amount.getValue() == null || amount.getValue().signum() < 0) {
        throw new MalformedStatement(where + "/Amt", "is not an amount of 0 or more");
      }
      required(amount.getCcy(), where + "/Amt/@Ccy");
      CreditDebitCode direction = required(ntry.getCdtDbtInd(), where + "/CdtDbtInd");
      LocalDate bookedOn = date(ntry.getBookgDt());
      if (bookedOn == null) {
        bookedOn = required(date(ntry.getValDt()), where + "/BookgDt");
      }
      boolean credit = direction == CreditDebitCode.CRDT;
      boolean reversal = Boolean.TRUE.equals(ntry.isRvslInd());
      List<EntryTransaction2> transactions = new ArrayList<>();
      for (EntryDetails1 details : ntry.getNtryDtls()) {
        transactions.addAll(details.getTxDtls());
      }
      String entryRef =
          ntry.getNtryRef() == null || ntry.getNtryRef().isBlank()
              ? String.valueOf(i + 1)
              : ntry.getNtryRef().trim();
      if (transactions.size() <= 1) {
        EntryTransaction2 tx = transactions.isEmpty() ? null : transactions.get(0);
        String key =
            firstOf(
                prefixed("ASR:", ntry.getAcctSvcrRef()),
                tx == null || tx.getRefs() == null ? null : prefixed("ASR:", tx.getRefs().getAcctSvcrRef()),
                endToEnd(tx) == null ? null : "E2E:" + endToEnd(tx),
                "CAMT:" + statementId + ":" + entryRef);
        entries.add(entry(where, key, credit, reversal, amount, bookedOn, tx));
      } else {
        for (int t = 0; t < transactions.size(); t++) {
          EntryTransaction2 tx = transactions.get(t);
          String txWhere = where + "/NtryDtls/TxDtls[" + (t + 1) + "]";
          ActiveOrHistoricCurrencyAndAmount txAmount =
              tx.getAmtDtls() == null || tx.getAmtDtls().getTxAmt() == null
                  ? null
                  : tx.getAmtDtls().getTxAmt().getAmt();
          required(txAmount, txWhere + "/AmtDtls/TxAmt/Amt");
          if (txAmount.getValue() == null || txAmount.getValue().signum() < 0) {
            throw new MalformedStatement(txWhere + "/AmtDtls/TxAmt/Amt", "is not an amount of 0 or more");
          }
          required(txAmount.getCcy(), txWhere + "/AmtDtls/TxAmt/Amt/@Ccy");
          String key =
              firstOf(
                  tx.getRefs() == null ? null : prefixed("ASR:", tx.getRefs().getAcctSvcrRef()),
                  endToEnd(tx) == null ? null : "E2E:" + endToEnd(tx),
                  prefixed("ASR:", ntry.getAcctSvcrRef()) == null
                      ? null
                      : "ASR:" + ntry.getAcctSvcrRef().trim() + "/" + (t + 1),
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
      EntryTransaction2 tx) {
    List<String> structured = new ArrayList<>();
    List<String> text = new ArrayList<>();
    String payer = null;
    String returnReason = null;
    if (tx != null) {
      if (tx.getRmtInf() != null) {
        for (StructuredRemittanceInformation7 strd : tx.getRmtInf().getStrd()) {
          if (strd.getCdtrRefInf() != null && strd.getCdtrRefInf().getRef() != null
              && !strd.getCdtrRefInf().getRef().isBlank()) {
            structured.add(strd.getCdtrRefInf().getRef().trim());
          }
          strd.getAddtlRmtInf().forEach(text::add);
        }
        tx.getRmtInf().getUstrd().forEach(text::add);
      }
      if (tx.getRltdPties() != null) {
        // Money in: the debtor paid it. A return gives it back to the creditor of the original.
        PartyIdentification32 party =
            credit ? firstNonNull(tx.getRltdPties().getDbtr(), tx.getRltdPties().getUltmtDbtr())
                : firstNonNull(tx.getRltdPties().getCdtr(), tx.getRltdPties().getDbtr());
        payer = party == null ? null : party.getNm();
      }
      if (tx.getRtrInf() != null && tx.getRtrInf().getRsn() != null) {
        returnReason = firstOf(tx.getRtrInf().getRsn().getCd(), tx.getRtrInf().getRsn().getPrtry());
      }
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

  private static String endToEnd(EntryTransaction2 tx) {
    if (tx == null || tx.getRefs() == null || tx.getRefs().getEndToEndId() == null) {
      return null;
    }
    String id = tx.getRefs().getEndToEndId().trim();
    return id.isEmpty() || NOT_PROVIDED.equalsIgnoreCase(id) ? null : id;
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
