package org.fordra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo's H2 files and the folders beside them are for Fordra's account only (finding 5 of
 * issue 11: they were world-readable). Runs Fordra on a file database of its own under target/.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:file:./target/owner-only-test/data/fordra;DB_CLOSE_DELAY=-1",
      "fordra.notices.outbox=./target/owner-only-test/data/outbox",
      "fordra.agency.folder=./target/owner-only-test/data/agency-cases",
      // An engine of its own name: /engine-rest of the other tests' contexts finds its engine
      // by name, and "default" must stay theirs, on their database.
      "camunda.bpm.process-engine-name=ownerOnlyTest"
    })
@ActiveProfiles("test")
class OwnerOnlyDataFolderTest {

  static final Path DATA = Path.of("target/owner-only-test/data");

  /**
   * A fresh folder each run, so what is checked is what this start made of it. Emptied while the
   * context is being prepared, before its database opens: a static initializer would run too
   * late when a listener (the process test coverage's) loads the context before the class is
   * initialized. Sets no property.
   */
  @DynamicPropertySource
  static void freshFolderBeforeTheStart(DynamicPropertyRegistry properties) {
    deleteAll(DATA.getParent());
  }

  @Test
  void theDatabaseFolderAndItsFilesAreTheOwnersOnly() throws IOException {
    assertThat(mode(DATA)).isEqualTo("rwx------");
    assertThat(mode(DATA.resolve("fordra.mv.db"))).isEqualTo("rw-------");
    try (Stream<Path> files = Files.list(DATA)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .isNotEmpty()
          .allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
    }
    assertThat(mode(DATA.resolve("outbox"))).isEqualTo("rwx------");
    assertThat(mode(DATA.resolve("agency-cases"))).isEqualTo("rwx------");
  }

  @Test
  void aFolderLeftWorldReadableIsClosedAtTheNextStart(@TempDir Path temp) throws IOException {
    Path data = temp.resolve("data");
    Files.createDirectories(data, PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
    Path database = Files.createFile(data.resolve("fordra.mv.db"));
    Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

    OwnerOnlyDataFolder.secure(data, List.of(data.resolve("outbox")));

    assertThat(mode(data)).isEqualTo("rwx------");
    assertThat(mode(database)).isEqualTo("rw-------");
    assertThat(mode(data.resolve("outbox"))).isEqualTo("rwx------");
  }

  @Test
  void onlyAnH2FileDatabaseHasAFolder() {
    assertThat(OwnerOnlyDataFolder.h2Folder("jdbc:h2:file:./data/fordra;DB_CLOSE_ON_EXIT=FALSE"))
        .isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(OwnerOnlyDataFolder.h2Folder("jdbc:h2:./data/fordra"))
        .isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(OwnerOnlyDataFolder.h2Folder("jdbc:h2:mem:fordra-test;DB_CLOSE_DELAY=-1")).isNull();
    assertThat(OwnerOnlyDataFolder.h2Folder("jdbc:h2:tcp://db/fordra")).isNull();
    assertThat(OwnerOnlyDataFolder.h2Folder("jdbc:postgresql://localhost:5432/fordra")).isNull();
  }

  private static String mode(Path path) {
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void deleteAll(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
