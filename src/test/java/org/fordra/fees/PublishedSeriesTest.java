package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publishers' answers, as recorded under src/test/resources/rates, read into observations. */
class PublishedSeriesTest {

  static String recorded(String file) throws IOException {
    try (InputStream in = PublishedSeriesTest.class.getResourceAsStream("/rates/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theEcbSeriesOfChangesGivesTheRateInForceOnADay() throws IOException {
    var mro = PublishedSeries.sdmxCsv("ECB_MRO_RATE", "ECB", recorded("ecb-mro.csv"))
        .fetchedOn(LocalDate.of(2026, 2, 20));
    assertThat(mro.values()).hasSize(5);
    assertThat(mro.values().get(0).day()).isEqualTo(LocalDate.of(2024, 12, 18));
    assertThat(mro.on(LocalDate.of(2025, 1, 1)).orElseThrow().value()).isEqualByComparingTo("3.15");
    assertThat(mro.on(LocalDate.of(2025, 7, 1)).orElseThrow().value()).isEqualByComparingTo("2.15");
    assertThat(mro.on(LocalDate.of(2026, 1, 1)).orElseThrow().value()).isEqualByComparingTo("2.15");
    assertThat(mro.on(LocalDate.of(2026, 7, 1))).as("after the data were fetched").isEmpty();
  }

  @Test
  void theBundesbankSeriesGivesTheBasiszinssatzOfEachMonth() throws IOException {
    var basis = PublishedSeries.sdmxCsv("DE_BASISZINSSATZ", "Bundesbank", recorded("bundesbank-basiszinssatz.csv"));
    assertThat(basis.values()).hasSize(14);
    assertThat(basis.on(LocalDate.of(2025, 1, 1)).orElseThrow().value()).isEqualByComparingTo("2.27");
    assertThat(basis.on(LocalDate.of(2025, 7, 1)).orElseThrow().value()).isEqualByComparingTo("1.27");
    assertThat(basis.on(LocalDate.of(2026, 1, 1)).orElseThrow().value()).isEqualByComparingTo("1.27");
  }

  @Test
  void theRiksbankSeriesGivesThePolicyRateAtTheEndOfAHalfYear() throws IOException {
    var policy = PublishedSeries.swea("RIKSBANK_POLICY_RATE", "Riksbank", recorded("riksbank-policy-rate.json"));
    assertThat(policy.on(LocalDate.of(2025, 9, 30)).orElseThrow().value()).isEqualByComparingTo("2.00");
    // 31 December 2025 is not a banking day: the rate of 30 December, vouched for by January's.
    assertThat(policy.on(LocalDate.of(2025, 12, 31)).orElseThrow().value()).isEqualByComparingTo("1.75");
    assertThat(StatutoryDerivation.upToHalfPoint(policy.on(LocalDate.of(2025, 12, 31)).orElseThrow().value()))
        .as("räntelagen 9 §: the referensränta from 1 January 2026").isEqualByComparingTo("2.00");
  }

  @Test
  void theBankOfEnglandSeriesGivesBankRateOnADay() throws IOException {
    var bankRate = PublishedSeries.iadbCsv("BOE_BANK_RATE", "BoE", recorded("boe-bank-rate.csv"))
        .fetchedOn(LocalDate.of(2026, 2, 20));
    assertThat(bankRate.on(LocalDate.of(2025, 6, 30)).orElseThrow().value()).isEqualByComparingTo("4.25");
    assertThat(bankRate.on(LocalDate.of(2025, 12, 31)).orElseThrow().value()).isEqualByComparingTo("3.75");
  }

  @Test
  void anAnswerThatIsNotTheSeriesIsRefusedNotMisread() {
    assertThatThrownBy(() -> PublishedSeries.sdmxCsv("X", "ECB", "<html>Service unavailable</html>"))
        .isInstanceOf(IOException.class).hasMessageContaining("TIME_PERIOD");
    assertThatThrownBy(() -> PublishedSeries.swea("X", "Riksbank", "{\"error\": \"too many requests\"}"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> PublishedSeries.iadbCsv("X", "BoE", "DATE,IUDBEDR\n2025-12-18,3.75\n"))
        .isInstanceOf(IOException.class).hasMessageContaining("not a day");
  }
}
