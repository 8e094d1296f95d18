package org.fordra.notices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The copies of notices left in the outbox folder (.eml and letter PDFs, named "...-n{id}.ext" by
 * {@link NoticeOutbox}): removed when the customer's personal data is erased, so no copy outlives
 * the stored one.
 */
@Component
public class OutboxCopies {

  private final Path folder;

  OutboxCopies(@Value("${fordra.notices.outbox:./data/outbox}") Path folder) {
    this.folder = folder;
  }

  /** Deletes every outbox file of these notices; returns how many there were. */
  public int delete(Collection<Long> noticeIds) {
    if (noticeIds.isEmpty() || !Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      int deleted = 0;
      for (Path file : files.filter(f -> isCopyOf(f, noticeIds)).toList()) {
        Files.deleteIfExists(file);
        deleted++;
      }
      return deleted;
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove erased notices from " + folder, e);
    }
  }

  private static boolean isCopyOf(Path file, Collection<Long> noticeIds) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    int marker = name.lastIndexOf("-n");
    if (dot < 0 || marker < 0 || marker > dot) {
      return false;
    }
    String id = name.substring(marker + 2, dot);
    return id.chars().allMatch(Character::isDigit) && !id.isEmpty()
        && noticeIds.contains(Long.parseLong(id));
  }
}
