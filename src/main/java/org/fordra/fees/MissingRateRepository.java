package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissingRateRepository extends JpaRepository<MissingRate, Long> {

  Optional<MissingRate> findBySeriesAndValidFrom(String series, LocalDate validFrom);

  List<MissingRate> findAllByOrderBySeriesAscValidFromAsc();
}
