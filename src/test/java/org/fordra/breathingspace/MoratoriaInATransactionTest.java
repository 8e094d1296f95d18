package org.fordra.breathingspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Moratoria} reads a customer's moratoria once per transaction: one recorded in the same
 * transaction or in an earlier one always counts.
 */
@FordraTest
class MoratoriaInATransactionTest {

  static final LocalDate DAY = LocalDate.of(2026, 9, 1);

  @Autowired CustomerRepository customers;
  @Autowired MoratoriumRepository repository;
  @Autowired Moratoria moratoria;
  @Autowired TransactionTemplate transaction;

  @Test
  void aMoratoriumRecordedInTheTransactionProtectsAtOnce() {
    Long customer = customer();
    transaction.executeWithoutResult(
        status -> {
          assertThat(moratoria.covering(customer, DAY)).isEmpty();
          repository.save(moratorium(customer));
          assertThat(moratoria.covering(customer, DAY)).isPresent();
        });
  }

  @Test
  void aMoratoriumRecordedByAnotherTransactionProtectsInTheNextOne() {
    Long customer = customer();
    transaction.executeWithoutResult(
        status -> assertThat(moratoria.covering(customer, DAY)).isEmpty());
    transaction.executeWithoutResult(status -> repository.save(moratorium(customer)));
    transaction.executeWithoutResult(
        status -> assertThat(moratoria.covering(customer, DAY)).isPresent());
  }

  private static Moratorium moratorium(Long customer) {
    return new Moratorium(customer, MoratoriumKind.STANDARD, DAY.minusDays(5), "BS-" + customer,
        "admin", Instant.parse("2026-08-27T10:00:00Z"));
  }

  private Long customer() {
    return transaction.execute(
        status ->
            customers
                .save(new Customer("Moratoria " + UUID.randomUUID(), CustomerType.CONSUMER, "GB",
                    "en", "moratoria@example.org", "+44 20 7946 0000", ZoneId.of("Europe/London"),
                    Instant.parse("2026-08-01T10:00:00Z")))
                .getId());
  }
}
