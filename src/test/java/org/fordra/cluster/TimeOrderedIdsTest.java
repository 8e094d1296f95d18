package org.fordra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The engine ids: short, in the order they were made, and never the same twice. */
class TimeOrderedIdsTest {

  static final long MIDNIGHT_2026 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  final AtomicLong now = new AtomicLong(MIDNIGHT_2026);

  @Test
  void idsAreTwentyBase32DigitsThatSortInTheOrderTheyWereMade() {
    TimeOrderedIds ids = new TimeOrderedIds(now::get, 12345);
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      if (i % 7 == 0) {
        now.addAndGet(3);
      }
      made.add(ids.getNextId());
    }
    assertThat(made).allMatch(id -> id.matches("[0-9a-v]{20}"));
    assertThat(made).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void theTimeLeadsTheIdAndTheInstanceEndsIt() {
    String id = new TimeOrderedIds(now::get, 1).getNextId();
    long millis = MIDNIGHT_2026 - TimeOrderedIds.EPOCH_MILLIS;
    // 365 days of 2025 in milliseconds, shifted past the 13 sequence bits, as 11 digits.
    assertThat(id.substring(0, 11)).isEqualTo(base32(millis << 13, 11));
    assertThat(id.substring(11)).isEqualTo("000000001");
  }

  @Test
  void aClockSetBackDoesNotMakeAnIdAgainOrOutOfOrder() {
    TimeOrderedIds ids = new TimeOrderedIds(now::get, 7);
    String before = ids.getNextId();
    now.addAndGet(-3_600_000);
    String after = ids.getNextId();
    assertThat(after).isGreaterThan(before);
  }

  @Test
  void moreIdsInOneMillisecondThanTheSequenceHoldsBorrowTheNext() {
    TimeOrderedIds ids = new TimeOrderedIds(now::get, 7);
    Set<String> made = new HashSet<>();
    String previous = "";
    for (int i = 0; i < 3 * 8192 + 5; i++) {
      String id = ids.getNextId();
      assertThat(id).isGreaterThan(previous);
      made.add(id);
      previous = id;
    }
    assertThat(made).hasSize(3 * 8192 + 5);
    // Three milliseconds borrowed: the time part of the last id is three past the first's.
    long first = MIDNIGHT_2026 - TimeOrderedIds.EPOCH_MILLIS;
    assertThat(previous.substring(0, 11)).isEqualTo(base32((first + 3) << 13 | 4, 11));
  }

  @Test
  void twoNodesInTheSameMillisecondMakeDifferentIds() {
    String a = new TimeOrderedIds(now::get, 1).getNextId();
    String b = new TimeOrderedIds(now::get, 2).getNextId();
    assertThat(a).isNotEqualTo(b);
    assertThat(a.substring(0, 11)).isEqualTo(b.substring(0, 11));
  }

  @Test
  void eachStartDrawsItsOwnInstance() {
    Set<String> instances = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      instances.add(new TimeOrderedIds().getNextId().substring(11));
    }
    assertThat(instances).hasSize(20);
  }

  @Test
  void threadsSharingTheGeneratorNeverGetTheSameId() throws Exception {
    TimeOrderedIds ids = new TimeOrderedIds();
    Set<String> made = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 25_000; i++) {
          made.add(ids.getNextId());
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(made).hasSize(100_000);
  }

  private static String base32(long value, int digits) {
    String text = Long.toString(value, 32);
    return "0".repeat(digits - text.length()) + text;
  }
}
