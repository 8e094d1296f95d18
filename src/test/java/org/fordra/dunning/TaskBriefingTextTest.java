package org.fordra.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A long history still fits the engine's 4000-character string column, newest kept. */
class TaskBriefingTextTest {

  static final List<String> HISTORY =
      IntStream.rangeClosed(1, 200).mapToObj(i -> "- entry " + i + " " + "x".repeat(100)).toList();

  @Test
  void longOldestFirstHistoryKeepsTheNewestAndSaysWhereTheRestIs() {
    String text = TaskBriefing.newestThatFit(HISTORY, true);
    assertThat(text.length()).isLessThanOrEqualTo(TaskBriefing.MAX_TEXT);
    assertThat(text).startsWith("- (earlier entries: see the invoice's audit trail)")
        .endsWith(HISTORY.get(199)).doesNotContain("- entry 1 ");
  }

  @Test
  void newestFirstListIsCutAtTheEndAndLongLinesAreShortened() {
    List<String> newestFirst = new java.util.ArrayList<>(HISTORY);
    java.util.Collections.reverse(newestFirst);
    newestFirst.set(0, "- " + "y".repeat(5000));
    String text = TaskBriefing.newestThatFit(newestFirst, false);
    assertThat(text.length()).isLessThanOrEqualTo(TaskBriefing.MAX_TEXT);
    assertThat(text.lines().findFirst().orElseThrow()).hasSize(400).endsWith("…");
    assertThat(text).endsWith("- (earlier entries: see the invoice's audit trail)");
  }

  @Test
  void shortHistoryIsKeptWhole() {
    assertThat(TaskBriefing.newestThatFit(List.of("- a", "- b"), true)).isEqualTo("- a\n- b");
  }
}
