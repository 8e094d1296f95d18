package org.fordra.books;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fordra.api.InvalidField;
import org.fordra.books.InvoiceImport.Source;
import org.fordra.api.ApiUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched folder ({@code fordra.books.inbox.folder}, default {@code ./data/inbox/invoices/}):
 * the books drop the same CSV files {@code POST /api/invoices/batch} takes, and a poll imports
 * each, oldest first. A file is claimed by moving it into {@code processing/} (a rename, so two
 * nodes sharing the folder never import it twice), then moved to {@code done/} once its rows were
 * run, rejected rows or not, or to {@code failed/} when it could not be read as a batch at all;
 * {@code <name>.result.json} beside it says what happened. Every file is an import in
 * {@code GET /api/imports}.
 *
 * <p>A file is taken only once it has not changed for {@code settle} (default 5 s): one still
 * being copied in is left for the next poll. Off unless {@code fordra.books.inbox.enabled}.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "fordra.books.inbox.enabled", havingValue = "true")
class InvoiceInbox {

  /** Who the audit trail names for rows from the folder. */
  static final String ACTOR = "books-inbox";

  private static final Logger log = LoggerFactory.getLogger(InvoiceInbox.class);

  private final InvoiceImports imports;
  private final Path folder;
  private final Duration settle;
  private final Clock clock;
  private final ObjectMapper json;

  InvoiceInbox(
      InvoiceImports imports,
      @Value("${fordra.books.inbox.folder:./data/inbox/invoices}") Path folder,
      @Value("${fordra.books.inbox.settle:PT5S}") Duration settle,
      Clock clock,
      ObjectMapper json) {
    this.imports = imports;
    this.folder = folder;
    this.settle = settle;
    this.clock = clock;
    this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  @Scheduled(
      initialDelayString = "${fordra.books.inbox.poll:PT30S}",
      fixedDelayString = "${fordra.books.inbox.poll:PT30S}")
  void poll() {
    try {
      for (Path file : waiting()) {
        take(file);
      }
    } catch (IOException | RuntimeException failed) {
      log.error("The invoice inbox {} could not be read", folder, failed);
    }
  }

  /** CSV files in the folder itself, unchanged for {@code settle}, oldest first. */
  List<Path> waiting() throws IOException {
    Files.createDirectories(folder);
    Instant settled = Instant.now().minus(settle);
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
          .filter(f -> modified(f).isBefore(settled))
          .sorted(Comparator.comparing(InvoiceInbox::modified))
          .toList();
    }
  }

  /** Imports one file, and leaves it in done/ or failed/ with its result beside it. */
  void take(Path file) throws IOException {
    String name = file.getFileName().toString();
    Path processing;
    try {
      processing = move(file, folder.resolve("processing"), name);
    } catch (NoSuchFileException | FileAlreadyExistsException takenElsewhere) {
      return; // another node claimed it first
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("file", name);
    String outcome = "failed";
    try {
      String text = Files.readString(processing, StandardCharsets.UTF_8);
      List<BatchRow> rows = CsvRows.read(text, InvoiceBatch.MAX_ROWS);
      String id = imports.start(Source.FOLDER, name, ACTOR, rows.size());
      result.put("id", id);
      BatchResult done =
          ApiUser.actingAs(new ApiUser(ACTOR, List.of()), () -> imports.run(id, rows));
      result.put("created", done.created());
      result.put("unchanged", done.unchanged());
      result.put("amended", done.amended());
      result.put("rejected", done.rejected());
      outcome = "done";
    } catch (InvalidField unreadable) {
      result.put("error", unreadable.getMessage());
      result.put("errors", unreadable.errors());
    } catch (CsvRows.TooManyRows tooMany) {
      result.put("error", "a batch has at most " + InvoiceBatch.MAX_ROWS + " rows; split the file");
    } catch (IOException | RuntimeException failed) {
      log.error("Invoice file {} could not be imported", name, failed);
      result.put("error", "the import stopped: " + failed);
    }
    result.put("finishedAt", clock.instant().toString());
    Path target = move(processing, folder.resolve(outcome), name);
    Files.writeString(
        target.resolveSibling(target.getFileName() + ".result.json"),
        json.writeValueAsString(result),
        StandardCharsets.UTF_8);
    log.info("Invoice file {} imported: {}", name, outcome);
  }

  /** Moves {@code file} into {@code into}, under a new name if one of that name is there. */
  private Path move(Path file, Path into, String name) throws IOException {
    Files.createDirectories(into);
    Path target = into.resolve(name);
    if (Files.exists(target)) {
      target = into.resolve(clock.millis() + "-" + name);
    }
    try {
      return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException notAtomic) {
      return Files.move(file, target);
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException gone) {
      return Instant.MAX;
    }
  }
}
