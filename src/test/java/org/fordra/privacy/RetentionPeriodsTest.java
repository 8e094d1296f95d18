package org.fordra.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of how long the books keep a closed case, each with its statute (the same
 * sources as {@link RetentionPeriods} and docs/privacy.md). Every period runs from the end of the
 * year the case closed.
 */
class RetentionPeriodsTest {

  final RetentionPeriods shipped =
      new RetentionPeriods(
          Map.of("SE", 7, "NO", 5, "NL", 7, "DE", 10, "GB", 6, "US", 7), 10, "");

  @Test
  void swedenKeepsSevenYearsAfterTheYearEnds() {
    // Bokföringslagen 7 kap. 2 §: to the end of the seventh year after the calendar year.
    LocalDate closed = LocalDate.of(2019, 3, 10);
    assertThat(shipped.keptUntil("SE", closed)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(shipped.hasEnded("SE", closed, LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(shipped.hasEnded("SE", closed, LocalDate.of(2027, 1, 1))).isTrue();
  }

  @Test
  void aCaseClosedOnNewYearsEveIsKeptAsLongAsOneClosedInJanuary() {
    // The year's end, not the day: both belong to the books of 2019.
    assertThat(shipped.keptUntil("SE", LocalDate.of(2019, 1, 1)))
        .isEqualTo(shipped.keptUntil("SE", LocalDate.of(2019, 12, 31)))
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void norwayKeepsFiveYears() {
    // Bokføringsloven § 13 (2): five years after the end of the financial year.
    assertThat(shipped.keptUntil("NO", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void theNetherlandsKeepSevenYears() {
    // Art. 2:10 lid 3 BW; art. 52 lid 4 AWR.
    assertThat(shipped.keptUntil("NL", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void germanyKeepsTenYearsByDefault() {
    // § 147 (3), (4) AO; § 257 (4), (5) HGB. Buchungsbelege alone: 8 years since BEG IV (2025).
    assertThat(shipped.keptUntil("DE", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void theUnitedKingdomKeepsSixYearsWhetherWrittenGbOrUk() {
    // Companies Act 2006 s.388 (4); HMRC (VATA 1994 Sch. 11 para. 6).
    assertThat(shipped.keptUntil("GB", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(shipped.keptUntil("UK", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void theUnitedStatesKeepSevenYearsAsTheConservativeDefault() {
    // IRS Publication 583: 7 years where a bad-debt deduction is claimed.
    assertThat(shipped.keptUntil("US", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void aCountryNotListedGetsTheDefault() {
    assertThat(shipped.yearsFor("FR")).isEqualTo(10);
  }

  @Test
  void theCountryOfTheBooksWinsOverTheCustomersWhenSet() {
    RetentionPeriods swedishBooks =
        new RetentionPeriods(Map.of("SE", 7, "NO", 5), 10, "se");
    assertThat(swedishBooks.yearsFor("NO")).isEqualTo(7);
    assertThat(swedishBooks.keptUntil("NO", LocalDate.of(2020, 6, 30))).isEqualTo(LocalDate.of(2027, 12, 31));
  }
}
