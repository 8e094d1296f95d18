package org.fordra.notices;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Which sentences a notice is written with: a letter refers only to the reminders that were
 * actually sent for its invoice. An invoice registered late may get reminder 2 or the final notice
 * as its first letter; it must not say "despite our earlier reminder" then.
 *
 * <p>Each part of a notice ({@link #PARTS}) has its message {@code KIND.part}; where the bundles
 * hold a variant for the reminders sent before ({@code KIND.part.noReminder},
 * {@code KIND.part.oneReminder}), that variant is used instead.
 */
final class NoticeWording {

  static final List<String> PARTS = List.of("subject", "title", "p1", "p2", "p3");

  /** The variants, by how many different reminders were sent before. */
  static final String NO_REMINDER = "noReminder";

  static final String ONE_REMINDER = "oneReminder";

  private static final Set<NoticeKind> REMINDERS =
      EnumSet.of(NoticeKind.REMINDER_1, NoticeKind.REMINDER_2);

  private NoticeWording() {}

  /** The variant for a notice sent after {@code sentBefore}; none once two reminders went out. */
  static String variant(List<NoticeKind> sentBefore) {
    long reminders = sentBefore.stream().filter(REMINDERS::contains).distinct().count();
    if (reminders == 0) {
      return NO_REMINDER;
    }
    return reminders == 1 ? ONE_REMINDER : null;
  }

  /** Part name to message key for {@code kind} sent after {@code sentBefore}. */
  static Map<String, String> keys(
      NoticeKind kind, List<NoticeKind> sentBefore, MessageSource messages) {
    String variant = variant(sentBefore);
    Map<String, String> keys = new LinkedHashMap<>();
    for (String part : PARTS) {
      String key = kind.name() + "." + part;
      String variantKey = key + "." + variant;
      // The base bundle (English) holds every variant; NoticeRenderingTest checks that every
      // language holds the same ones, so a variant never falls back to an English sentence.
      boolean hasVariant =
          variant != null && messages.getMessage(variantKey, null, null, Locale.ROOT) != null;
      keys.put(part, hasVariant ? variantKey : key);
    }
    return keys;
  }
}
