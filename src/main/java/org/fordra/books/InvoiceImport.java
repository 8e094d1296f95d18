package org.fordra.books;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One batch from the books: where it came from, how far it got, and its counts. */
@Entity
@Table(name = "invoice_import")
class InvoiceImport {

  enum Source { API, FOLDER }

  enum Status { RUNNING, DONE, FAILED }

  @Id private String id;

  @Enumerated(EnumType.STRING)
  private Source source;

  private String fileName;

  private String startedBy;

  private Instant startedAt;

  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int totalRows;

  private int processed;

  private int created;

  private int unchanged;

  private int amended;

  private int rejected;

  /** Why a batch stopped before its end (never a row's rejection: those are rows of their own). */
  private String failure;

  protected InvoiceImport() {}

  InvoiceImport(
      String id, Source source, String fileName, String startedBy, Instant startedAt, int totalRows) {
    this.id = id;
    this.source = source;
    this.fileName = fileName;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.totalRows = totalRows;
    this.status = Status.RUNNING;
  }

  void progress(int processed, int created, int unchanged, int amended, int rejected) {
    this.processed = processed;
    this.created = created;
    this.unchanged = unchanged;
    this.amended = amended;
    this.rejected = rejected;
  }

  void finish(Instant at) {
    this.status = Status.DONE;
    this.finishedAt = at;
  }

  void fail(Instant at, String why) {
    this.status = Status.FAILED;
    this.finishedAt = at;
    this.failure = why.length() > 2000 ? why.substring(0, 2000) : why;
  }

  String getId() {
    return id;
  }

  Source getSource() {
    return source;
  }

  String getFileName() {
    return fileName;
  }

  String getStartedBy() {
    return startedBy;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  Instant getFinishedAt() {
    return finishedAt;
  }

  Status getStatus() {
    return status;
  }

  int getTotalRows() {
    return totalRows;
  }

  int getProcessed() {
    return processed;
  }

  int getCreated() {
    return created;
  }

  int getUnchanged() {
    return unchanged;
  }

  int getAmended() {
    return amended;
  }

  int getRejected() {
    return rejected;
  }

  String getFailure() {
    return failure;
  }
}
