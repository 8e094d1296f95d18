package org.fordra.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the process steps that ran ({@code fordra_steps_run_total{step="SendReminder1"}}): every
 * service and send task of every deployed process gets an end listener that counts it. The
 * listener is added when a diagram is parsed, so a manager's new step is counted too.
 */
@Component
class StepsRun extends AbstractProcessEnginePlugin {

  private final ObjectProvider<MeterRegistry> registry;

  StepsRun(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        count(activity);
      }

      @Override
      public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        count(activity);
      }
    });
  }

  private void count(ActivityImpl activity) {
    activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
      MeterRegistry meters = registry.getIfAvailable();
      if (meters == null) {
        return;
      }
      Counter counter =
          Counter.builder("fordra.steps.run")
              .description("Process steps (service and send tasks) completed and committed")
              .tag("step", execution.getCurrentActivityId())
              .register(meters);
      // Counted once the step's transaction commits: a rolled-back or retried step counts once.
      Context.getCommandContext()
          .getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> counter.increment());
    });
  }
}
