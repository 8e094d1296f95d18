package org.fordra.notices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.fordra.invoice.Invoice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folder a print service collects letters from, and where e-mails land when no mail server
 * is configured (the demo). A file is named for the invoice, the notice and the day, and appears
 * whole (written to a hidden part file, then moved into place), so a print service never picks up
 * half a letter, and a retried step replaces its own earlier attempt instead of adding a second.
 */
@Component
class NoticeOutbox {

  private final Path folder;

  NoticeOutbox(@Value("${fordra.notices.outbox:./data/outbox}") Path folder) {
    this.folder = folder;
  }

  static String fileName(Invoice invoice, NoticeKind kind, NoticeChannel channel, LocalDate day) {
    String number = invoice.getNumber().replaceAll("[^A-Za-z0-9._-]", "_");
    String extension = channel == NoticeChannel.LETTER ? ".pdf" : ".eml";
    return number + "-" + kind.templateName() + "-" + day + extension;
  }

  Path write(String fileName, byte[] content) {
    return stage(fileName, content).publish();
  }

  /** Writes the file where the print service does not look yet; {@link Staged#publish} shows it. */
  Staged stage(String fileName, byte[] content) {
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, ".notice-", ".part");
      Files.write(temp, content);
      return new Staged(temp, folder.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + fileName + " to the outbox " + folder, e);
    }
  }

  /** A file written but not yet visible in the outbox. */
  record Staged(Path part, Path target) {

    Path publish() {
      try {
        return Files.move(
            part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("could not move " + target + " into the outbox", e);
      }
    }

    void discard() {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // A stray part file is harmless: the print service only takes finished files.
      }
    }
  }

  Path folder() {
    return folder;
  }
}
