package org.fordra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.testing.FordraTest;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step writes several lines to a trail and {@link AuditTrail} reads the chain's head once per
 * transaction: each line still links to the one right before it, in the same transaction and in
 * the next, and a rolled-back transaction's head is not carried on.
 */
@FordraTest
class AuditChainAcrossTransactionsTest {

  @Autowired AuditTrail trail;
  @Autowired AuditChainCheck check;
  @Autowired TransactionTemplate transaction;
  @Autowired CustomerRepository customers;
  @PersistenceContext EntityManager entityManager;

  @Test
  void eachLineLinksToTheOneBeforeItWithinAndAcrossTransactions() {
    String invoice = "AC-" + UUID.randomUUID();
    transaction.executeWithoutResult(
        status -> {
          trail.record(invoice, AuditTrail.SYSTEM, "ONE", "first");
          trail.record(invoice, AuditTrail.SYSTEM, "TWO", "second");
          trail.record("AC-OTHER-" + UUID.randomUUID(), AuditTrail.SYSTEM, "ELSEWHERE", "apart");
          trail.record(invoice, AuditTrail.SYSTEM, "THREE", "third");
        });
    transaction.executeWithoutResult(
        status -> {
          trail.record(invoice, AuditTrail.SYSTEM, "ROLLED_BACK", "never kept");
          status.setRollbackOnly();
        });
    transaction.executeWithoutResult(
        status -> trail.record(invoice, AuditTrail.SYSTEM, "FOUR", "fourth"));

    List<AuditEntry> lines = trail.of(invoice);
    assertThat(lines).extracting(AuditEntry::getAction).containsExactly("ONE", "TWO", "THREE", "FOUR");
    assertThat(lines.get(0).getPrevHash()).isNull();
    for (int i = 1; i < lines.size(); i++) {
      assertThat(lines.get(i).getPrevHash()).isEqualTo(lines.get(i - 1).getEntryHash());
    }
    assertThat(check.problems(invoice)).isEmpty();
  }

  @Test
  void readingTheChainsHeadDoesNotFlushTheStepsOtherChanges() {
    Long customer =
        customers.save(
                new Customer("Chain AB", CustomerType.BUSINESS, "SE", "sv", "ap@chain.example",
                    "+46 8 123 456", ZoneId.of("Europe/Stockholm"), Instant.parse("2026-01-01T00:00:00Z")))
            .getId();
    String invoice = "AC-" + UUID.randomUUID();

    transaction.executeWithoutResult(
        status -> {
          customers.findById(customer).orElseThrow().setPostalAddress("Storgatan 1, Stockholm");
          Session session = entityManager.unwrap(Session.class);
          assertThat(session.isDirty()).isTrue();

          trail.record(invoice, AuditTrail.SYSTEM, "ONE", "first");

          // The head was read by SQL naming only audit_entry: the customer's change still waits
          // for the commit (a flush would have written it and left the session clean).
          assertThat(session.isDirty()).isTrue();
        });

    assertThat(customers.findById(customer).orElseThrow().getPostalAddress())
        .isEqualTo("Storgatan 1, Stockholm");
    assertThat(trail.of(invoice)).extracting(AuditEntry::getAction).containsExactly("ONE");
  }
}
