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

  @Test
  void overlappingLinesAreRejected() {
    String csv = "X,2024-01-01,2024-06-30,1.0,a\nX,2024-06-01,2024-12-31,2.0,b\n";
    assertThatThrownBy(
            () -> new ReferenceRates(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("overlaps");
  }
}
