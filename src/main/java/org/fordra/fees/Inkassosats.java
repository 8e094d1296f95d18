package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Norwegian inkassosats by the day a notice is sent ("Ved beregningen av erstatningen anvendes
 * inkassosatsen på det tidspunktet varselet sendes", inkassoforskriften § 1-2 last paragraph): one
 * line per decision, each with its source. A year is only added from the decision itself.
 *
 * <p>2026: sources disagree (NOK 750 in e.g. Kred's "Nye satser fra 1. januar 2026", NOK 760 in
 * Fordra's former {@code fordra.fees.no-inkassosats}); no decision changing inkassoforskriften
 * § 1-1 third paragraph for 2026 was found (lovdata, regjeringen.no). Until one is added here, the
 * last decided sats applies: it is lower than either figure claimed, so a fee from it is never
 * above the cap whichever of them turns out right.
 */
final class Inkassosats {

  /** A sats in force from a day until the next line: where it is set, and the decision. */
  record Decided(LocalDate from, BigDecimal nok, String citation, String source) {}

  static final List<Decided> DECIDED =
      List.of(
          new Decided(
              LocalDate.of(2017, 1, 1),
              new BigDecimal("700"),
              "inkassoforskriften § 1-1 tredje ledd",
              "forskrift om inkassosatsen (FOR-2002-12-13-1641) § 1 as amended by FOR-2016-12-14-1635"
                  + " from 1 January 2017; since FOR-2018-12-20-2050 inkassoforskriften"
                  + " (FOR-1989-07-14-562) § 1-1 third paragraph: \"Inkassosatsen er kr 700\""));

  private Inkassosats() {}

  /** The sats in force on {@code day}; before the first line known here, none is assumed. */
  static Decided on(LocalDate day) {
    Decided found = null;
    for (Decided decided : DECIDED) {
      if (!decided.from().isAfter(day)) {
        found = decided;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no Norwegian inkassosats known for " + day);
    }
    return found;
  }
}
