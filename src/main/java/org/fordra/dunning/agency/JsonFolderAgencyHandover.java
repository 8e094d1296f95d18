package org.fordra.dunning.agency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes one {@code <invoice>.json} case file per handover. Written to a temporary name and
 * moved into place, so the agency never picks up half a file.
 */
@Component
class JsonFolderAgencyHandover implements AgencyHandover {

  private final Path folder;
  private final ObjectMapper json;

  JsonFolderAgencyHandover(@Value("${fordra.agency.folder}") Path folder, ObjectMapper json) {
    this.folder = folder;
    this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  @Override
  public void handOver(AgencyCase agencyCase) {
    try {
      Files.createDirectories(folder);
      String name = fileName(agencyCase.invoiceNumber());
      Path temporary = Files.createTempFile(folder, ".handover-", ".tmp");
      json.writeValue(temporary.toFile(), agencyCase);
      Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException failed) {
      throw new UncheckedIOException("could not write the agency case file", failed);
    }
  }

  @Override
  public void forget(String invoiceNumber) {
    try {
      Files.deleteIfExists(folder.resolve(fileName(invoiceNumber)));
    } catch (IOException failed) {
      throw new UncheckedIOException("could not remove the agency case file", failed);
    }
  }

  private static String fileName(String invoiceNumber) {
    return invoiceNumber.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
  }
}
