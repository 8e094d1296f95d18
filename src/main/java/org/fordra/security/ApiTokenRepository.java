package org.fordra.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  @Query("select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null")
  Optional<ApiToken> findActive(@Param("hash") String hash);

  @Query("select count(t) > 0 from ApiToken t where t.name = :name")
  boolean existsByName(@Param("name") String name);

  List<ApiToken> findAllByOrderByIdAsc();
}
