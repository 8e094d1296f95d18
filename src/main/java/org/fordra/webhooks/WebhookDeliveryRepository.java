package org.fordra.webhooks;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

  @Query(
      """
      select d.id from WebhookDelivery d
      where d.deliveredAt is null and d.nextAttemptAt <= :now
        and (d.lockedUntil is null or d.lockedUntil < :now)
      order by d.nextAttemptAt, d.id
      """)
  List<Long> due(@Param("now") Instant now, Pageable page);

  /** Takes a delivery for this node until {@code until}; 1 when it was free, 0 when another node has it. */
  @Modifying
  @Query(
      """
      update WebhookDelivery d set d.lockedUntil = :until
      where d.id = :id and d.deliveredAt is null and (d.lockedUntil is null or d.lockedUntil < :now)
      """)
  int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

  @Query("select count(d) from WebhookDelivery d where d.deliveredAt is null")
  long waiting();

  @Query("select count(d) from WebhookDelivery d where d.deliveredAt is null and d.attempts > 0")
  long failing();

  List<WebhookDelivery> findByEventIdOrderById(String eventId);
}
