package org.fordra.statements;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a CSV export (RFC 4180, with a header row) by the column mapping in {@code
 * fordra.statements.csv}: which header names the entry's unique id, booking date, amount,
 * currency, structured reference, free text and payer. A negative amount is money out, which
 * Fordra does not book. The id column is required: it is the entry's key, the only thing that
 * tells a row seen before from a new one in overlapping exports.
 */
@Component
class CsvStatements {

  private final Map<String, String> columns;
  private final char delimiter;
  private final boolean decimalComma;
  private final DateTimeFormatter dates;
  private final String defaultCurrency;

  CsvStatements(
      @Value("#{${fordra.statements.csv.columns:{id:'id',date:'date',amount:'amount',currency:'currency',reference:'reference',text:'text',payer:'payer'}}}")
          Map<String, String> columns,
      @Value("${fordra.statements.csv.delimiter:,}") char delimiter,
      @Value("${fordra.statements.csv.decimal-comma:false}") boolean decimalComma,
      @Value("${fordra.statements.csv.date-format:yyyy-MM-dd}") String dateFormat,
      @Value("${fordra.statements.csv.default-currency:}") String defaultCurrency) {
    this.columns = columns;
    this.delimiter = delimiter;
    this.decimalComma = decimalComma;
    this.dates = DateTimeFormatter.ofPattern(dateFormat);
    this.defaultCurrency = defaultCurrency;
  }

  ReportedStatement read(String text) {
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<ReportedEntry> entries = new ArrayList<>();
    String fileId = "CSV " + sha256(text).substring(0, 16);
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.replace("\uFEFF", ""))).setFormat(format).get()) {
      for (String required : List.of("id", "date", "amount")) {
        if (!parser.getHeaderMap().containsKey(columns.get(required))) {
          throw new MalformedStatement(
              "line 1", "has no column '" + columns.get(required) + "' (the " + required
                  + " column of fordra.statements.csv.columns)");
        }
      }
      for (CSVRecord record : parser) {
        String where = "line " + parser.getCurrentLineNumber();
        String id = value(record, "id");
        if (id == null) {
          throw new MalformedStatement(where, "has no " + columns.get("id"));
        }
        BigDecimal amount = amount(value(record, "amount"), where);
        LocalDate date = date(value(record, "date"), where);
        String currency = value(record, "currency");
        if (currency == null) {
          currency = defaultCurrency;
        }
        if (currency == null || currency.isBlank()) {
          throw new MalformedStatement(where, "has no currency and no default currency is set");
        }
        String reference = value(record, "reference");
        boolean credit = amount.signum() >= 0;
        entries.add(
            new ReportedEntry(
                where,
                (credit ? "C:" : "D:") + "CSV:" + id,
                credit,
                false,
                null,
                amount.abs(),
                currency.trim().toUpperCase(java.util.Locale.ROOT),
                date,
                value(record, "payer"),
                reference == null ? List.of() : List.of(reference),
                value(record, "text") == null ? "" : value(record, "text"),
                null));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException bad) {
      if (bad instanceof MalformedStatement malformed) {
        throw malformed;
      }
      throw new MalformedStatement("body", "is not readable CSV: " + bad.getMessage());
    }
    return new ReportedStatement(StatementFormat.CSV, fileId, entries);
  }

  private String value(CSVRecord record, String column) {
    String name = columns.get(column);
    if (name == null || !record.isMapped(name) || !record.isSet(name)) {
      return null;
    }
    String value = record.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private BigDecimal amount(String text, String where) {
    if (text == null) {
      throw new MalformedStatement(where, "has no " + columns.get("amount"));
    }
    String plain = decimalComma ? text.replace(" ", "").replace(".", "").replace(',', '.') : text.replace(" ", "");
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException notANumber) {
      throw new MalformedStatement(where, columns.get("amount") + " '" + text + "' is not a decimal amount");
    }
  }

  private LocalDate date(String text, String where) {
    if (text == null) {
      throw new MalformedStatement(where, "has no " + columns.get("date"));
    }
    try {
      return LocalDate.parse(text, dates);
    } catch (DateTimeParseException notADate) {
      throw new MalformedStatement(where, columns.get("date") + " '" + text + "' is not a date");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
