package org.fordra.fees;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddedReferenceRateRepository extends JpaRepository<AddedReferenceRate, Long> {

  List<AddedReferenceRate> findAllByOrderBySeriesAscValidFromAsc();

  boolean existsBySeriesAndValidFrom(String series, java.time.LocalDate validFrom);
}
