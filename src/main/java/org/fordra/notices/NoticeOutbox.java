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
 * is configured (the demo). A file is named for the invoice, the notice kind, the day and the
 * stored copy's id ({@code INV-1-reminder-1-2026-04-06-n42.pdf}): two notices of one kind for one
 * invoice on one day (a resend, a combined notice and the invoice's own) are two files, never one
 * overwriting the other, and each file is the stored copy of that name's id. A file appears whole
 * (written to a hidden part file, then moved into place), so a print service never picks up half a
 * letter. Files are written by {@link NoticeDispatcher} only after the step that stored the notice
 * committed; a second write of one notice (a resend after a crash) replaces its own file.
 */
@Component
class NoticeOutbox {

  private final Path folder;

  NoticeOutbox(@Value("${fordra.notices.outbox:./data/outbox}") Path folder) {
    this.folder = folder;
  }

  static String fileName(Invoice invoice, Notice notice, LocalDate day) {
    if (notice.getId() == null) {
      throw new IllegalStateException("a notice is named in the outbox only once it is stored");
    }
    String number = invoice.getNumber().replaceAll("[^A-Za-z0-9._-]", "_");
    String extension = notice.getChannel() == NoticeChannel.LETTER ? ".pdf" : ".eml";
    return number + "-" + notice.getKind().templateName() + "-" + day + "-n" + notice.getId()
        + extension;
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
  }

  Path folder() {
    return folder;
  }
}
