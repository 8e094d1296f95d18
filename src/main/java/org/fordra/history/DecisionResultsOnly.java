package org.fordra.history;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.history.producer.DefaultDmnHistoryEventProducer;

/**
 * A decision's history without its inputs: which table (and version) answered, when, for which
 * case, and what it answered (the matched rules' outputs). The inputs are Fordra's own facts
 * (country, customer type, occasion), kept in Fordra's tables; written again for each of the
 * many evaluations of a case they were most of its decision rows.
 */
class DecisionResultsOnly extends DefaultDmnHistoryEventProducer {

  @Override
  protected List<HistoricDecisionInputInstance> createHistoricDecisionInputInstances(
      DmnDecisionTableEvaluationEvent evaluation, String rootProcessInstanceId, Date removalTime) {
    return new ArrayList<>();
  }
}
