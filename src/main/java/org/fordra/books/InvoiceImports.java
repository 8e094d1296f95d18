package org.fordra.books;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.fordra.api.InvalidField.FieldError;
import org.fordra.books.BatchResult.Rejection;
import org.fordra.books.InvoiceImport.Source;
import org.fordra.api.ApiUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every batch from the books, recorded: started (RUNNING, with its number of rows), its counts
 * after each chunk (so a large batch can be followed while it runs, from any node, as they are
 * in the database), and its result when done. Rejected rows are stored as they are found.
 *
 * <p>Batches asked for with {@code Prefer: respond-async} run on one background thread of their
 * own, one after the other: two imports of 10,000 rows at once would only compete for the same
 * two cores and the same database.
 */
@Component
class InvoiceImports {

  private static final Logger log = LoggerFactory.getLogger(InvoiceImports.class);

  private final InvoiceBatch batch;
  private final InvoiceImportRepository imports;
  private final ImportRejectionRepository rejections;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "fordra-invoice-import");
            thread.setDaemon(true);
            return thread;
          });

  InvoiceImports(
      InvoiceBatch batch,
      InvoiceImportRepository imports,
      ImportRejectionRepository rejections,
      PlatformTransactionManager transactions,
      ObjectMapper json,
      Clock clock) {
    this.batch = batch;
    this.imports = imports;
    this.rejections = rejections;
    this.transaction = new TransactionTemplate(transactions);
    this.json = json;
    this.clock = clock;
  }

  /** A batch still running when the server stops is left RUNNING; sent again, it completes. */
  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  /** Records a new batch as RUNNING and returns its id. */
  String start(Source source, String fileName, String startedBy, int rows) {
    String id = UUID.randomUUID().toString();
    transaction.executeWithoutResult(
        status ->
            imports.save(new InvoiceImport(id, source, fileName, startedBy, clock.instant(), rows)));
    return id;
  }

  /** Runs the batch here and now, recording its progress; the result when done. */
  BatchResult run(String id, List<BatchRow> rows) {
    int[] storedRejections = {0};
    try {
      InvoiceBatch.Progress done =
          batch.run(rows, progress -> record(id, progress, storedRejections));
      transaction.executeWithoutResult(
          status -> imports.findById(id).orElseThrow().finish(clock.instant()));
      return new BatchResult(id, done.created(), done.unchanged(), done.amended(), done.rejected());
    } catch (RuntimeException failed) {
      log.error("Batch {} stopped", id, failed);
      transaction.executeWithoutResult(
          status ->
              imports.findById(id).orElseThrow().fail(clock.instant(), failed.toString()));
      throw failed;
    }
  }

  /** Runs the batch on the import thread, as {@code user}; follow it with {@link #result}. */
  void runLater(String id, List<BatchRow> rows, ApiUser user) {
    try {
      background.execute(() -> ApiUser.actingAs(user, () -> run(id, rows)));
    } catch (RejectedExecutionException refused) {
      transaction.executeWithoutResult(
          status -> imports.findById(id).orElseThrow().fail(clock.instant(), refused.toString()));
      throw refused;
    }
  }

  private void record(String id, InvoiceBatch.Progress progress, int[] storedRejections) {
    transaction.executeWithoutResult(
        status -> {
          List<Rejection> rejected = progress.rejected();
          List<ImportRejection> fresh = new ArrayList<>();
          for (Rejection r : rejected.subList(storedRejections[0], rejected.size())) {
            fresh.add(new ImportRejection(id, r.index(), clip(r.number()), errorsJson(r.errors())));
          }
          rejections.saveAll(fresh);
          storedRejections[0] = rejected.size();
          imports
              .findById(id)
              .orElseThrow()
              .progress(
                  progress.processed(),
                  progress.created(),
                  progress.unchanged(),
                  progress.amended(),
                  rejected.size());
        });
  }

  /** A batch as followed while it runs and read after: counts, and the rejected rows. */
  record ImportView(
      String id,
      String source,
      String fileName,
      String startedBy,
      java.time.Instant startedAt,
      java.time.Instant finishedAt,
      String status,
      int rows,
      int processed,
      int created,
      int unchanged,
      int amended,
      int rejectedCount,
      List<Rejection> rejected,
      String failure) {}

  Optional<ImportView> result(String id) {
    return transaction.execute(
        status -> imports.findById(id).map(i -> view(i, rejectedRows(i.getId()))));
  }

  List<ImportView> newest(int count) {
    return transaction.execute(
        status ->
            imports.newestFirst(PageRequest.of(0, count)).stream()
                .map(i -> view(i, null))
                .toList());
  }

  private List<Rejection> rejectedRows(String id) {
    return rejections.of(id).stream()
        .map(r -> new Rejection(r.getRowIndex(), r.getInvoiceNumber(), errors(r.getErrors())))
        .toList();
  }

  private static ImportView view(InvoiceImport i, List<Rejection> rejected) {
    return new ImportView(
        i.getId(),
        i.getSource().name(),
        i.getFileName(),
        i.getStartedBy(),
        i.getStartedAt(),
        i.getFinishedAt(),
        i.getStatus().name(),
        i.getTotalRows(),
        i.getProcessed(),
        i.getCreated(),
        i.getUnchanged(),
        i.getAmended(),
        i.getRejected(),
        rejected,
        i.getFailure());
  }

  private String errorsJson(List<FieldError> errors) {
    try {
      String text = json.writeValueAsString(errors);
      return text.length() > 8000 ? json.writeValueAsString(errors.subList(0, 1)) : text;
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private List<FieldError> errors(String text) {
    try {
      return json.readValue(text, new TypeReference<List<FieldError>>() {});
    } catch (JsonProcessingException corrupt) {
      return List.of(new FieldError("row", text));
    }
  }

  private static String clip(String number) {
    return number == null || number.length() <= 100 ? number : number.substring(0, 100);
  }
}
