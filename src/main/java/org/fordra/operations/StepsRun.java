package org.fordra.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
    String step = activity.getId();
    activity.addListener(ExecutionListener.EVENTNAME_END, new ExecutionListener() {
      /** Looked up at the step's first run, then kept: the registry's lookup is not cheap. */
      private volatile Counter counter;

      @Override
      public void notify(DelegateExecution execution) {
        Counter steps = counter();
        if (steps == null) {
          return;
        }
        // Counted once the step's transaction commits: a rolled-back or retried step counts once.
        Context.getCommandContext()
            .getTransactionContext()
            .addTransactionListener(TransactionState.COMMITTED, committed -> steps.increment());
      }

      private Counter counter() {
        Counter known = counter;
        if (known == null) {
          MeterRegistry meters = registry.getIfAvailable();
          if (meters == null) {
            return null;
          }
          known =
              Counter.builder("fordra.steps.run")
                  .description("Process steps (service and send tasks) completed and committed")
                  .tag("step", step)
                  .register(meters);
          counter = known;
        }
        return known;
      }
    });
  }
}
