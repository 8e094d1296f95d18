package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The rate updater reads the publishers' answers and adds each half-year Fordra lacks through the
 * same book as a manager; offline it says so in one line and changes nothing.
 *
 * <p>Test figures: the recorded answers end in early 2026; the test pretends they were fetched on
 * 5 August 2026, i.e. that the ECB and the Riksbank had not changed their rates since. That is a
 * scenario for the code, not a statement about 2026.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rate-updater;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
@FordraTest
class RateUpdaterTest {

  @Autowired RateUpdater updater;
  @Autowired ReferenceRates rates;
  @Autowired ReferenceRateBook book;

  static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(6, 30)).toInstant(ZoneOffset.UTC)));
  }

  static String recordedAnswer(URI uri) throws IOException {
    String host = uri.getHost();
    if (host.contains("ecb.europa.eu")) {
      return PublishedSeriesTest.recorded("ecb-mro.csv");
    }
    if (host.contains("bundesbank.de")) {
      return PublishedSeriesTest.recorded("bundesbank-basiszinssatz.csv");
    }
    if (host.contains("riksbank.se")) {
      return PublishedSeriesTest.recorded("riksbank-policy-rate.json");
    }
    if (host.contains("bankofengland.co.uk")) {
      return PublishedSeriesTest.recorded("boe-bank-rate.csv");
    }
    throw new IOException("unexpected " + uri);
  }

  @Test
  void theHalfYearsTheFiguresGiveAreAddedOnceThroughTheBook() {
    LocalDate july = LocalDate.of(2026, 7, 1);
    assertThat(rates.has("ECB_MRO", july)).isFalse();
    today(LocalDate.of(2026, 8, 5));

    RateUpdater.Run run = updater.update(RateUpdaterTest::recordedAnswer);

    assertThat(run.unreachable()).isEmpty();
    assertThat(run.added())
        .extracting(r -> r.series() + " " + r.from() + " " + r.percent().toPlainString())
        .containsExactlyInAnyOrder(
            "ECB_MRO 2026-07-01 2.15",
            "NL_HANDELSRENTE 2026-07-01 10.15",
            "DE_BASISZINSSATZ 2026-07-01 1.27",
            "SE_REFERENSRANTA 2026-07-01 2.00");
    assertThat(rates.on("NL_HANDELSRENTE", july).percent()).isEqualByComparingTo("10.15");
    assertThat(rates.on("SE_REFERENSRANTA", july).source())
        .contains("räntelagen 9 §", "Riksbank SWEA SECBREPOEFF", "fetched 2026-08-05");
    assertThat(rates.on("ECB_MRO", july).source()).contains("ECB Data Portal");
    assertThat(book.all())
        .filteredOn(l -> l.rate().from().equals(july) && l.rate().series().equals("ECB_MRO"))
        .singleElement()
        .satisfies(l -> {
          assertThat(l.origin()).isEqualTo("ADDED");
          assertThat(l.addedBy()).isEqualTo("rate-updater");
        });

    assertThat(updater.update(RateUpdaterTest::recordedAnswer).added())
        .as("a second run finds nothing new").isEmpty();
  }

  @Test
  void offlineItSaysSoPlainlyAndChangesNothing(CapturedOutput output) {
    today(LocalDate.of(2026, 8, 5));
    int before = book.all().size();

    RateUpdater.Run run = updater.update(uri -> {
      throw new UnknownHostException(uri.getHost());
    });

    assertThat(run.added()).isEmpty();
    assertThat(run.unreachable()).hasSize(4);
    assertThat(book.all()).hasSize(before);
    assertThat(output.getOut())
        .contains("Rate updater: the ECB Data Portal could not be read (UnknownHostException: data-api.ecb.europa.eu)")
        .contains("no new rates from it this time");
  }
}
