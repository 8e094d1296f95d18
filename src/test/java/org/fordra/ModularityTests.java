package org.fordra;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fordra's application modules (one per top-level package, Spring Modulith's rules): api, money
 * and time are shared (open) modules, dunning.contact is dunning's named interface "contact".
 * Plain JUnit, no Spring context: the compiled classes are all it reads.
 *
 * <p>The modules are acyclic: the money and process modules are layered (docs/modules/README.md),
 * and a lower one that needs a higher one's work owns an interface the higher one implements.
 */
class ModularityTests {

  static final ApplicationModules modules = ApplicationModules.of(FordraApplication.class);

  static final String GENERATED = "target/spring-modulith-docs";

  @Test
  void noModuleDependencyLiesOnACycle() {
    assertThat(dependenciesOnCycles())
        .as("dependencies between modules that lie on a cycle (docs/modules/README.md has the"
            + " layering)")
        .isEmpty();
  }

  @Test
  void modulesAreAcyclicAndUseEachOthersPublicTypesOnly() {
    modules.verify();
  }

  @Test
  void writesTheModuleDocumentationAndDocsModulesHasEveryFile() throws IOException {
    // Into target/: Modulith writes the same diagrams in a different line order from run to run,
    // so writing into docs/ would leave every build with changed files. docs/modules is a copy,
    // refreshed by hand when modules change (docs/modules/README.md says how).
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    try (Stream<Path> generated = Files.list(Path.of(GENERATED))) {
      assertThat(generated.map(file -> file.getFileName().toString()))
          .as("files of " + GENERATED + " missing in docs/modules (copy them there)")
          .isNotEmpty()
          .allSatisfy(name -> assertThat(Path.of("docs/modules", name)).isRegularFile());
    }
  }

  /** The module dependencies within a strongly connected group of modules, by class imports. */
  static Set<String> dependenciesOnCycles() {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (ApplicationModule module : modules) {
      Set<String> targets =
          graph.computeIfAbsent(module.getIdentifier().toString(), m -> new TreeSet<>());
      module.getBasePackage().stream()
          .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
          .map(Dependency::getTargetClass)
          .forEach(
              target ->
                  modules.getModuleByType(target)
                      .filter(other -> !other.equals(module))
                      .ifPresent(other -> targets.add(other.getIdentifier().toString())));
    }
    Map<String, Integer> group = stronglyConnected(graph);
    Set<String> onCycles = new TreeSet<>();
    graph.forEach(
        (from, targets) ->
            targets.stream()
                .filter(to -> group.get(from).equals(group.get(to)))
                .forEach(to -> onCycles.add(from + " -> " + to)));
    return onCycles;
  }

  /** Tarjan's algorithm: the number of each node's strongly connected component. */
  private static Map<String, Integer> stronglyConnected(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Map<String, Integer> component = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    int[] counter = {0, 0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, component, stack, onStack, counter);
      }
    }
    return component;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Map<String, Integer> component,
      Deque<String> stack,
      Set<String> onStack,
      int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]++);
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, component, stack, onStack, counter);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.put(member, counter[1]);
      } while (!member.equals(node));
      counter[1]++;
    }
  }
}
