package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.fordra.customer.CustomerType;
import org.fordra.ledger.ChargeType;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The fee policy's answers are kept per segment and table version: a manager's redeployed table
 * must take effect with the very next step, and each version's answer stays in the history.
 * Its own database: it deploys a changed table, which the other tests must not see.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:fee-policy-redeploy;DB_CLOSE_DELAY=-1")
@FordraTest
class FeePolicyRedeployTest {

  private static final Currency SEK = Currency.getInstance("SEK");

  @Autowired FeePolicy policy;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  @Test
  void aRedeployedTableTakesEffectAtOnceAndEachVersionIsEvaluatedOncePerSegment() throws Exception {
    long before = decisionInstances();
    for (int step = 0; step < 3; step++) {
      assertThat(policy.wishes("SE", CustomerType.CONSUMER, SEK, FeeOccasion.REMINDER_2))
          .containsExactly(
              new FeePolicy.Wish(ChargeType.REMINDER_FEE, Optional.of(new BigDecimal("60"))));
    }
    assertThat(decisionInstances() - before).isEqualTo(1);

    String table = Files.readString(Path.of("processes", "fee-policy.dmn"));
    String lower =
        table.replace(
            "<outputEntry id=\"SeReminderAmount\"><text>\"60\"</text>",
            "<outputEntry id=\"SeReminderAmount\"><text>\"45\"</text>");
    assertThat(lower).isNotEqualTo(table);
    repository.createDeployment().name("manager lowers the reminder fee")
        .addString("fee-policy.dmn", lower).deploy();

    for (int step = 0; step < 3; step++) {
      assertThat(policy.wishes("SE", CustomerType.CONSUMER, SEK, FeeOccasion.REMINDER_2))
          .containsExactly(
              new FeePolicy.Wish(ChargeType.REMINDER_FEE, Optional.of(new BigDecimal("45"))));
    }
    assertThat(decisionInstances() - before).isEqualTo(2);
    // Another segment is its own evaluation.
    assertThat(policy.wishes("SE", CustomerType.BUSINESS, SEK, FeeOccasion.REMINDER_2)).isEmpty();
    assertThat(decisionInstances() - before).isEqualTo(3);
  }

  private long decisionInstances() {
    return history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(FeePolicy.DECISION_KEY).count();
  }
}
