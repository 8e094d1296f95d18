package org.fordra.statements;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a bank file of any format Fordra knows: XML is ISO 20022 camt (the message's namespace
 * says which), plain text is BgMax or Nets OCR giro (their first record says which: "01BGMAX" or
 * "NY000010"), CSV is read by the configured column mapping.
 */
@Component
public class StatementReader {

  private final CamtStatements camt;
  private final BgMaxStatements bgMax;
  private final OcrGiroStatements ocrGiro;
  private final CsvStatements csv;

  StatementReader(
      CamtStatements camt, BgMaxStatements bgMax, OcrGiroStatements ocrGiro, CsvStatements csv) {
    this.camt = camt;
    this.bgMax = bgMax;
    this.ocrGiro = ocrGiro;
    this.csv = csv;
  }

  public ReportedStatement read(MediaType type, byte[] body) {
    if (body == null || body.length == 0) {
      throw new MalformedStatement("body", "is empty: send the bank file as the request body");
    }
    String text = decode(body);
    if (type != null && (type.isCompatibleWith(MediaType.APPLICATION_XML)
        || type.isCompatibleWith(MediaType.TEXT_XML))) {
      return camt.read(text);
    }
    if (type != null && type.isCompatibleWith(MediaType.valueOf("text/csv"))) {
      return csv.read(text);
    }
    return readPlain(text);
  }

  /** A text file of unknown kind (the inbox folder): by its first characters. */
  public ReportedStatement readAny(byte[] body) {
    String text = decode(body).stripLeading();
    if (text.startsWith("<")) {
      return camt.read(text);
    }
    if (text.startsWith(BgMaxStatements.START) || text.startsWith(OcrGiroStatements.START)) {
      return readPlain(text);
    }
    return csv.read(text);
  }

  private ReportedStatement readPlain(String text) {
    String start = text.replace("\uFEFF", "");
    if (start.startsWith(BgMaxStatements.START)) {
      return bgMax.read(start);
    }
    if (start.startsWith(OcrGiroStatements.START)) {
      return ocrGiro.read(start);
    }
    throw new MalformedStatement(
        "line 1",
        "is neither a BgMax start record (\"01BGMAX\") nor a Nets OCR giro start record"
            + " (\"NY000010\")");
  }

  /**
   * UTF-8 where the bytes are UTF-8, else ISO 8859-1: the character set Bankgirot's BgMax and
   * Nets' OCR giro specifications prescribe for their files.
   */
  static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(body, StandardCharsets.ISO_8859_1);
    }
  }
}
