package org.fordra.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The H2 file database holds every customer, invoice and password hash, and the outbox and the
 * agency folders beside it hold notices and case files: only the account Fordra runs as may read
 * them. The folder becomes owner-only (0700) before the database opens, so the files H2 creates
 * in it are out of others' reach whatever the umask; its files become 0600 at once and again
 * once Fordra has started (H2 creates its files with the umask's 0644). Fordra's folders that
 * lie inside it (outbox, agency cases) become 0700 too; folders elsewhere (the postgres profile's
 * /var/lib/fordra/...) are the operator's to set, since a print-and-post service may share them.
 * On a file system without POSIX permissions (Windows) nothing is done.
 */
public class OwnerOnlyDataFolder implements EnvironmentPostProcessor {

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private static final List<String> FORDRA_FOLDERS =
      List.of("fordra.notices.outbox", "fordra.agency.folder");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    Path data = h2Folder(environment.getProperty("spring.datasource.url"));
    if (data == null
        || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    List<Path> folders = new ArrayList<>();
    for (String property : FORDRA_FOLDERS) {
      String folder = environment.getProperty(property);
      if (folder != null && !folder.isBlank()) {
        Path path = Path.of(folder).toAbsolutePath().normalize();
        if (path.startsWith(data)) {
          folders.add(path);
        }
      }
    }
    secure(data, folders);
    app.addListeners(
        (ApplicationListener<?>)
            event -> {
              if (event instanceof ApplicationReadyEvent) {
                secure(data, folders);
              }
            });
  }

  /** The folder of an H2 file database's URL, or null for any other database. */
  static Path h2Folder(String url) {
    if (url == null || !url.startsWith("jdbc:h2:")) {
      return null;
    }
    String rest = url.substring("jdbc:h2:".length());
    int options = rest.indexOf(';');
    rest = options < 0 ? rest : rest.substring(0, options);
    if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
        || rest.startsWith("zip:")) {
      return null;
    }
    rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    Path database = Path.of(rest).toAbsolutePath().normalize();
    return database.getParent();
  }

  static void secure(Path data, List<Path> folders) {
    try {
      Files.createDirectories(data);
      Files.setPosixFilePermissions(data, FOLDER);
      for (Path folder : folders) {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, FOLDER);
      }
      try (Stream<Path> files = Files.list(data)) {
        for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
          Files.setPosixFilePermissions(file, FILE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not make the data folder " + data + " readable by Fordra's account only", e);
    }
  }
}
