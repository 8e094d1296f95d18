package org.fordra.fees;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A written reminder after the due date as the statutes mean it (reminder 1, reminder 2 or the
 * final notice), one per channel: when it went out, whether it was the final notice, whether by
 * post, and the last day to pay it gave (null where none was recorded).
 */
public record WrittenReminder(Instant sentAt, boolean finalNotice, boolean byLetter, LocalDate payBy) {}
