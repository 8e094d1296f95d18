package org.fordra.fees;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.fordra.customer.CustomerType;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;
import org.springframework.stereotype.Component;

/**
 * What the creditor wants to charge, from the manager-edited table {@code processes/fee-policy.dmn},
 * and the rule that keeps it lawful: {@link #cap} lets policy lower a charge or leave it out,
 * never exceed the law's maximum nor add a charge the law does not allow.
 *
 * <p>The table's answer depends only on its four inputs and on the version deployed, so it is
 * worked out once per segment (country, customer type, currency, step) and version: the first
 * case of a segment evaluates the table (and leaves its decision instance in the history), the
 * others reuse that answer. Evaluating it at every step of every case cost 9 % of the CPU of the
 * benchmark's schedule (the FEEL engine parses every cell each time) and seven history rows. A
 * manager's redeployed table is a new latest version, which takes effect with the next step.
 */
@Component
public class FeePolicy {

  public static final String DECISION_KEY = "fee-policy";

  /** One row's wish: a charge type and an amount, or empty for "what the law allows". */
  public record Wish(ChargeType type, Optional<BigDecimal> amount) {}

  /** A charge that policy asked for and the law allows, at the amount to book. */
  public record Decided(ChargeType type, Money amount, String basis, boolean cappedByLaw) {}

  /** The table's inputs, and the version of the table that answered them. */
  private record Segment(
      String definitionId,
      String country,
      CustomerType type,
      Currency currency,
      FeeOccasion occasion) {}

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final Map<Segment, List<Wish>> answered = new ConcurrentHashMap<>();
  private volatile String answeredBy;

  FeePolicy(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  public List<Wish> wishes(
      String country, CustomerType type, Currency currency, FeeOccasion occasion) {
    DecisionDefinition latest =
        repository
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(DECISION_KEY)
            .latestVersion()
            .singleResult();
    if (latest == null) {
      // Not deployed, or not visible to this user: let the engine say which.
      return evaluate(decisions.evaluateDecisionByKey(DECISION_KEY), country, type, currency, occasion);
    }
    if (!latest.getId().equals(answeredBy)) {
      answered.clear(); // an older version's answers are never asked for again
      answeredBy = latest.getId();
    }
    return answered.computeIfAbsent(
        new Segment(latest.getId(), country, type, currency, occasion),
        segment -> evaluate(decisions.evaluateDecisionById(segment.definitionId()), country, type,
            currency, occasion));
  }

  private static List<Wish> evaluate(
      DecisionsEvaluationBuilder evaluation,
      String country,
      CustomerType type,
      Currency currency,
      FeeOccasion occasion) {
    DmnDecisionResult result =
        evaluation
            .variables(
                Variables.createVariables()
                    .putValue("country", country)
                    .putValue("customerType", type.name())
                    .putValue("currency", currency.getCurrencyCode())
                    .putValue("step", occasion.name()))
            .evaluate();
    List<Wish> wishes = new ArrayList<>();
    for (Map<String, Object> row : result.getResultList()) {
      ChargeType charge = ChargeType.valueOf((String) row.get("charge"));
      Object amount = row.get("amount");
      Optional<BigDecimal> wanted =
          amount == null || amount.toString().isBlank()
              ? Optional.empty()
              : Optional.of(new BigDecimal(amount.toString().strip()));
      if (wishes.stream().noneMatch(w -> w.type() == charge)) {
        wishes.add(new Wish(charge, wanted));
      }
    }
    return List.copyOf(wishes);
  }

  /** The wish within the law: none if the law allows no such charge, else at most its maximum. */
  public static Optional<Decided> cap(Wish wish, List<Allowance> allowed) {
    Optional<Allowance> law = allowed.stream().filter(a -> a.type() == wish.type()).findFirst();
    if (law.isEmpty()) {
      return Optional.empty();
    }
    Money max = law.get().max();
    if (wish.amount().isEmpty()) {
      return Optional.of(new Decided(wish.type(), max, law.get().basis(), false));
    }
    Money wanted = Money.rounded(wish.amount().get(), max.currency());
    if (!wanted.isPositive()) {
      return Optional.empty();
    }
    boolean capped = wanted.compareTo(max) > 0;
    return Optional.of(
        new Decided(wish.type(), capped ? max : wanted, law.get().basis(), capped));
  }
}
