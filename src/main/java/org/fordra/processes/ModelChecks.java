package org.fordra.processes;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment of Fordra's processes or decision tables that would break running
 * invoices: a timer without a date, a task whose form is nowhere, a step that calls nothing or a
 * step Fordra does not have, a schedule table without the columns the code reads. The engine
 * deploys all or nothing, so a refused deployment leaves no trace; the manager gets the reasons
 * (over {@code /engine-rest/deployment/create}: a 400 naming each problem and where it is).
 */
@Component
public class ModelChecks extends AbstractProcessEnginePlugin {

  private final ListableBeanFactory beans;
  private volatile boolean checkFormReferences;

  ModelChecks(
      ListableBeanFactory beans,
      @Value("${fordra.processes.check-form-references:true}") boolean checkFormReferences) {
    this.beans = beans;
    this.checkFormReferences = checkFormReferences;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new DiagramCheck(this, beans));
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<Deployer>());
    }
    configuration.getCustomPreDeployers().add(new DecisionTableCheck());
  }

  /** Whether a task's {@code camunda:formRef} must name a form that exists. */
  public boolean checksFormReferences() {
    return checkFormReferences;
  }

  /** For tests and for the time before forms/ ships the task forms. */
  public void checkFormReferences(boolean check) {
    this.checkFormReferences = check;
  }
}
