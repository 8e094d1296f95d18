package org.fordra.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ under stable names such as {@code processes/collections.bpmn}.
 * Left alone, the engine names a file by its absolute path when run from a build folder and by
 * its bare name inside a jar, so the same unchanged file would become a new version whenever
 * Fordra moves between the two (or to another folder). With stable names, a restart deploys
 * only what changed.
 */
@Component
class StableResourceNames extends DefaultDeploymentConfiguration {

  @Override
  public Set<Resource> getDeploymentResources() {
    Set<Resource> named = new LinkedHashSet<>();
    for (Resource resource : super.getDeploymentResources()) {
      named.add(new NamedResource(read(resource), stableName(resource)));
    }
    return named;
  }

  /** The folder it came from (processes or forms) and its file name. */
  static String stableName(Resource resource) {
    try {
      String url = resource.getURL().toString();
      String[] parts = url.split("/");
      return parts.length > 1 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : url;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static byte[] read(Resource resource) {
    try (var in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static final class NamedResource extends ByteArrayResource implements ContextResource {

    private final String name;

    NamedResource(byte[] content, String name) {
      super(content, name);
      this.name = name;
    }

    @Override
    public String getPathWithinContext() {
      return name;
    }

    @Override
    public String getFilename() {
      return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NamedResource that && that.name.equals(name) && super.equals(other);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
