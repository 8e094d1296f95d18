package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MissingRateRepository extends JpaRepository<MissingRate, Long> {

  /**
   * Counts one more need of a half-year's missing rate in one statement, so notices that need
   * it at the same time neither lose a count nor wait on each other's read of the row.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update MissingRate m set m.timesNeeded = m.timesNeeded + 1, m.lastNeededAt = :now,"
      + " m.firstNeeded = case when :day < m.firstNeeded then :day else m.firstNeeded end"
      + " where m.series = :series and m.validFrom = :from")
  int neededAgain(
      @Param("series") String series,
      @Param("from") LocalDate from,
      @Param("day") LocalDate day,
      @Param("now") Instant now);

  Optional<MissingRate> findBySeriesAndValidFrom(String series, LocalDate validFrom);

  List<MissingRate> findAllByOrderBySeriesAscValidFromAsc();
}
