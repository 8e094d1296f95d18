package org.fordra.statements;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fordra.api.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * The bank's files dropped in a folder (the bank's or a file-transfer client's delivery), booked
 * as if sent to POST /api/bank-statements: each file is read by its extension (.xml camt, .csv
 * CSV, anything else recognised from its first record), booked in one transaction, and moved to
 * {@code done/} with {@code <name>.result.json} (the API's answer), or to {@code failed/} with
 * {@code <name>.error.txt} (the problem, naming the line or element; nothing of it booked).
 * Files whose name starts with a dot or ends in .part or .tmp are still being written and wait.
 */
public class BankInbox {

  private static final Logger log = LoggerFactory.getLogger(BankInbox.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StatementReader reader;
  private final StatementImport statementImport;
  private final Path folder;

  public BankInbox(StatementReader reader, StatementImport statementImport, Path folder) {
    this.reader = reader;
    this.statementImport = statementImport;
    this.folder = folder;
  }

  /** Books every waiting file, oldest first; returns how many were handled. */
  public int poll() {
    List<Path> waiting = waiting();
    for (Path file : waiting) {
      handle(file);
    }
    return waiting.size();
  }

  private List<Path> waiting() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isRegularFile(entry) && !name.startsWith(".") && !name.endsWith(".part")
            && !name.endsWith(".tmp")) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(BankInbox::modified).thenComparing(Path::toString));
    return files;
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private void handle(Path file) {
    String name = file.getFileName().toString();
    try {
      byte[] body = Files.readAllBytes(file);
      String lower = name.toLowerCase(Locale.ROOT);
      ReportedStatement statement =
          lower.endsWith(".xml") ? reader.read(MediaType.APPLICATION_XML, body)
              : lower.endsWith(".csv") ? reader.read(MediaType.valueOf("text/csv"), body)
              : reader.readAny(body);
      StatementImport.Result result = statementImport.book(statement, name);
      Path done = moved(file, "done");
      Files.writeString(
          done.resolveSibling(done.getFileName() + ".result.json"),
          JSON.writeValueAsString(Map.of(
              "id", result.id(), "format", result.format().name(), "entries", result.entries(),
              "booked", result.booked(), "unmatched", result.unmatched(),
              "duplicates", result.duplicates(), "returned", result.returned())),
          StandardCharsets.UTF_8);
      log.info("Bank inbox: {} booked as statement {}", name, result.id());
    } catch (InvalidField malformed) {
      fail(file, malformed.getMessage());
    } catch (IOException e) {
      log.error("Bank inbox: {} could not be read or moved", name, e);
    } catch (RuntimeException e) {
      log.error("Bank inbox: {} failed", name, e);
      fail(file, "Fordra could not book this file; nothing of it was booked. The error is logged: " + e);
    }
  }

  private void fail(Path file, String reason) {
    try {
      Path failed = moved(file, "failed");
      Files.writeString(
          failed.resolveSibling(failed.getFileName() + ".error.txt"), reason + "\n", StandardCharsets.UTF_8);
      log.warn("Bank inbox: {} refused: {}", file.getFileName(), reason);
    } catch (IOException e) {
      log.error("Bank inbox: {} could not be moved to failed/", file.getFileName(), e);
    }
  }

  /** Moved into {@code sub}, under a new name if a file of that name is already there. */
  private Path moved(Path file, String sub) throws IOException {
    Path target = folder.resolve(sub);
    Files.createDirectories(target);
    Path destination = target.resolve(file.getFileName());
    for (int n = 1; Files.exists(destination); n++) {
      destination = target.resolve(file.getFileName() + "." + n);
    }
    return Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
  }
}
