package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fordra.fees.WorkedExamples.RATES;
import static org.fordra.fees.WorkedExamples.day;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceRatesTest {

  @Test
  void everyRateNamesItsSourceAndTheRequiredPeriodsAreThere() {
    assertThat(RATES.all()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    for (String series :
        new String[] {"ECB_MRO", "DE_BASISZINSSATZ", "NL_HANDELSRENTE", "SE_REFERENSRANTA",
            "UK_LATE_PAYMENT_REFERENCE"}) {
      assertThat(RATES.over(series, day(2024, 1, 1), day(2026, 6, 30))).isNotEmpty();
    }
  }

  @Test
  void aSpanOverTwoHalfYearsIsCutAtTheChange() {
    var spans = RATES.over("DE_BASISZINSSATZ", day(2024, 6, 20), day(2024, 7, 9));
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).days()).isEqualTo(11);
    assertThat(spans.get(0).percent()).isEqualByComparingTo("3.62");
    assertThat(spans.get(1).days()).isEqualTo(9);
    assertThat(spans.get(1).percent()).isEqualByComparingTo("3.37");
  }

  @Test
  void aDayWithoutAPublishedRateFailsLoudly() {
    assertThatThrownBy(() -> RATES.on("ECB_MRO", day(2026, 7, 1)))
        .isInstanceOf(MissingReferenceRate.class)
        .hasMessageContaining("ECB_MRO")
        .hasMessageContaining("2026-07-01");
  }

  /**
   * The rates the law derives from the central banks' decisions, worked out from
   * fees/policy-rates.csv, are the ones the publishers announced for each half-year.
   */
  @Test
  void derivedRatesAgreeWithThePublishersAnnouncements() {
    String[] halfYears = {"2024-01-01", "2024-07-01", "2025-01-01", "2025-07-01", "2026-01-01"};
    expect("ECB_MRO", halfYears, "4.50", "4.25", "3.15", "2.15", "2.15");
    // Bundesbank: 3.62, 3.37, 2.27, 1.27 and 1.27 (Bekanntgabe zum 1. Januar 2026, unchanged).
    expect("DE_BASISZINSSATZ", halfYears, "3.62", "3.37", "2.27", "1.27", "1.27");
    // Rijksoverheid: wettelijke handelsrente 12.5 %, 12.25 %, 11.15 %, then 10.15 %.
    expect("NL_HANDELSRENTE", halfYears, "12.50", "12.25", "11.15", "10.15", "10.15");
    // Riksbanken: referensräntan 4.00, 4.00, 3.00, 2.00, 2.00.
    expect("SE_REFERENSRANTA", halfYears, "4.00", "4.00", "3.00", "2.00", "2.00");
    expect("UK_LATE_PAYMENT_REFERENCE", halfYears, "5.25", "5.25", "4.75", "4.25", "3.75");
    // Bank Rate held at 3.75 % through the June 2026 MPC meeting.
    assertThat(RATES.on("UK_LATE_PAYMENT_REFERENCE", day(2026, 7, 1)).percent()).isEqualByComparingTo("3.75");
  }

  private static void expect(String series, String[] halfYears, String... percents) {
    for (int i = 0; i < halfYears.length; i++) {
      var rate = RATES.on(series, java.time.LocalDate.parse(halfYears[i]));
      assertThat(rate.percent()).as(series + " " + halfYears[i]).isEqualByComparingTo(percents[i]);
      assertThat(rate.from()).isEqualTo(java.time.LocalDate.parse(halfYears[i]));
      assertThat(rate.to()).isEqualTo(rate.from().plusMonths(6).minusDays(1));
    }
  }

  @Test
  void aDerivedRateNamesItsStatuteAndTheDecision() {
    assertThat(RATES.on("SE_REFERENSRANTA", day(2026, 1, 1)).source())
        .contains("räntelagen 9 §", "2025-12-31", "1.75", "rounded up");
    assertThat(RATES.on("NL_HANDELSRENTE", day(2025, 7, 1)).source())
        .contains("art. 6:120(2) BW", "2.15", "+ 8");
    assertThat(RATES.on("DE_BASISZINSSATZ", day(2024, 7, 1)).source())
        .contains("§ 247(1) BGB", "4.50", "4.25");
    assertThat(RATES.on("UK_LATE_PAYMENT_REFERENCE", day(2025, 7, 1)).source())
        .contains("SI 2002/1675", "2025-06-30");
  }

  @Test
  void aHalfYearBeyondTheConfirmedDecisionsIsMissingNotGuessed() {
    assertThat(RATES.has("ECB_MRO", day(2026, 7, 1))).isFalse();
    assertThat(RATES.has("NL_HANDELSRENTE", day(2026, 7, 1))).isFalse();
    assertThat(RATES.has("DE_BASISZINSSATZ", day(2026, 7, 1))).isFalse();
    assertThat(RATES.has("SE_REFERENSRANTA", day(2026, 7, 1))).isFalse();
    assertThat(RATES.has("UK_LATE_PAYMENT_REFERENCE", day(2027, 1, 1))).isFalse();
  }

  @Test
  void theSwedishReferenceRateIsRoundedUpToTheNextHalfPoint() {
    assertThat(StatutoryDerivation.upToHalfPoint(new java.math.BigDecimal("1.75"))).isEqualByComparingTo("2.00");
    assertThat(StatutoryDerivation.upToHalfPoint(new java.math.BigDecimal("2.00"))).isEqualByComparingTo("2.00");
    assertThat(StatutoryDerivation.upToHalfPoint(new java.math.BigDecimal("3.76"))).isEqualByComparingTo("4.00");
    // 2019-07-01: repo rate -0.25 % gave a referensränta of 0.00 % (Riksbanken's table).
    assertThat(StatutoryDerivation.upToHalfPoint(new java.math.BigDecimal("-0.25"))).isEqualByComparingTo("0.00");
  }

  @Test
  void theBasiszinssatzMovesByWhatTheEcbRateMovedSinceTheLastChange() {
    String published = "DE_BASISZINSSATZ,2024-01-01,2024-06-30,3.62,anchor\n";
    String policy = "ECB_MRO_RATE,2023-09-20,2024-06-11,4.50,a\n"
        + "ECB_MRO_RATE,2024-06-12,2024-12-17,4.25,b\n"
        + "ECB_MRO_RATE,2024-12-18,2025-01-15,3.15,c\n";
    ReferenceRates rates = new ReferenceRates(
        new ByteArrayInputStream(published.getBytes(StandardCharsets.UTF_8)),
        new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8)));
    assertThat(rates.on("DE_BASISZINSSATZ", day(2024, 7, 1)).percent()).isEqualByComparingTo("3.37");
    assertThat(rates.on("DE_BASISZINSSATZ", day(2025, 1, 1)).percent()).isEqualByComparingTo("2.27");
    assertThat(rates.has("DE_BASISZINSSATZ", day(2025, 7, 1))).as("2025-06-30 not covered").isFalse();
  }

  @Test
  void overlappingLinesAreRejected() {
    String csv = "X,2024-01-01,2024-06-30,1.0,a\nX,2024-06-01,2024-12-31,2.0,b\n";
    assertThatThrownBy(
            () -> new ReferenceRates(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("overlaps");
  }
}
