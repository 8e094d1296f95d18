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
 * is configured (the demo). A file is named for the invoice, the notice and the day, and written
 * whole (temp file, then move), so a retried job replaces its own half-finished attempt instead of
 * leaving a second letter for the printer.
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
    try {
      Files.createDirectories(folder);
      Path target = folder.resolve(fileName);
      Path temp = Files.createTempFile(folder, ".notice-", ".part");
      Files.write(temp, content);
      return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + fileName + " to the outbox " + folder, e);
    }
  }

  Path folder() {
    return folder;
  }
}
