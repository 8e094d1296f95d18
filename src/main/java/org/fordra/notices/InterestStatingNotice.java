package org.fordra.notices;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A notice that stated an amount of late interest: its kind, when it went out and the amount as
 * printed, in the invoice's currency; without the copy.
 */
public record InterestStatingNotice(NoticeKind kind, Instant sentAt, BigDecimal interestStated) {}
