package org.fordra.books;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rejected row of a batch, kept so the result can be read after the batch ran. */
@Entity
@Table(name = "invoice_import_rejection")
class ImportRejection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String importId;

  private int rowIndex;

  private String invoiceNumber;

  /** The row's errors as JSON, [{field, message}]. */
  private String errors;

  protected ImportRejection() {}

  ImportRejection(String importId, int rowIndex, String invoiceNumber, String errors) {
    this.importId = importId;
    this.rowIndex = rowIndex;
    this.invoiceNumber = invoiceNumber;
    this.errors = errors;
  }

  int getRowIndex() {
    return rowIndex;
  }

  String getInvoiceNumber() {
    return invoiceNumber;
  }

  String getErrors() {
    return errors;
  }
}
