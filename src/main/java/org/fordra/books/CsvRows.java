package org.fordra.books;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fordra.api.InvalidField;
import org.fordra.customer.CustomerFromBooks;

/**
 * Batch rows from CSV (RFC 4180, UTF-8; comma or semicolon, as the header row has it): a header
 * row with the JSON field names, customer fields as {@code customer.number}, {@code
 * customer.name}, ... Columns may come in any order and may be left out where the row needs
 * none; a column Fordra does not know is refused, so a misspelt "dueDtae" is not silently
 * ignored.
 */
final class CsvRows {

  static final Set<String> COLUMNS =
      Set.of(
          "type", "number", "creditFor", "customerId",
          "customer.number", "customer.name", "customer.type", "customer.country",
          "customer.language", "customer.email", "customer.phone", "customer.timeZone",
          "customer.soleTrader", "customer.region",
          "issueDate", "dueDate", "currency", "amount", "paymentReference", "dueDateAgreed");

  /** More rows than a batch may have: the caller answers 413. */
  static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super("more than " + InvoiceBatch.MAX_ROWS + " rows");
    }
  }

  private CsvRows() {}

  /** Reads at most {@code max} rows; one more is {@link TooManyRows}, the rest is not read. */
  static List<BatchRow> read(String text, int max) {
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (Reader reader = new java.io.StringReader(stripBom(text));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null || header.isEmpty()) {
        throw new InvalidField("csv", "has no header row: the first line names the columns");
      }
      Set<String> unknown = new TreeSet<>(header.keySet());
      unknown.removeAll(COLUMNS);
      if (!unknown.isEmpty()) {
        throw new InvalidField(
            "csv", "unknown column(s) " + unknown + "; the columns are " + new TreeSet<>(COLUMNS));
      }
      if (!header.containsKey("number")) {
        throw new InvalidField("csv", "has no 'number' column");
      }
      List<BatchRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() == max) {
          throw new TooManyRows();
        }
        rows.add(row(record));
      }
      return rows;
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
      // Commons CSV reports an unclosed quote or a duplicate column name this way.
      throw new InvalidField("csv", "is not valid CSV: " + malformed.getMessage());
    } catch (IOException unreadable) {
      throw new InvalidField("csv", "could not be read: " + unreadable.getMessage());
    }
  }

  private static BatchRow row(CSVRecord r) {
    CustomerFromBooks customer =
        new CustomerFromBooks(
            get(r, "customer.number"),
            get(r, "customer.name"),
            get(r, "customer.type"),
            get(r, "customer.country"),
            get(r, "customer.language"),
            get(r, "customer.email"),
            get(r, "customer.phone"),
            get(r, "customer.timeZone"),
            get(r, "customer.soleTrader"),
            get(r, "customer.region"));
    return new BatchRow(
        get(r, "type"),
        get(r, "number"),
        get(r, "creditFor"),
        get(r, "customerId"),
        customer,
        get(r, "issueDate"),
        get(r, "dueDate"),
        get(r, "currency"),
        get(r, "amount"),
        get(r, "paymentReference"),
        agreed(get(r, "dueDateAgreed")));
  }

  /** The CSV's "true"/"false" (or yes/no, 1/0) for the § 286(2) Nr. 1 BGB agreement; empty: not agreed. */
  private static Boolean agreed(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> throw new InvalidField("dueDateAgreed", "'" + value + "' is not true or false");
    };
  }

  private static String get(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column);
    return value.isEmpty() ? null : value;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
