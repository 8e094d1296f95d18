package org.fordra.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine plugin behind every deployment door (Spring Boot's auto-deployment, Cockpit,
 * {@code /engine-rest/deployment/create}): installs the deployment policy ({@link
 * DeploymentPolicy}: no code from diagrams), the expression sandbox ({@link
 * SandboxedExpressionManager}) and the checks of Fordra's own models: {@link DiagramCheck} (a
 * timer without a date, a task whose form is not deployed, a step Fordra does not have, a notice
 * that would not wait for the customer's contact days and hours) and {@link DecisionTableCheck}
 * (a schedule table without the columns the code reads). The engine deploys all or nothing, so a
 * refused deployment leaves no trace; the manager gets the reasons (over {@code /engine-rest}: a
 * 400 naming each problem and where it is).
 */
@Component
public class ModelChecks extends AbstractProcessEnginePlugin {

  private final ListableBeanFactory beans;
  private final ApplicationContext context;
  private final Set<String> approvedMethods;
  private final Set<String> approvedProperties;
  private final boolean checkFormReferences;

  ModelChecks(
      ListableBeanFactory beans,
      ApplicationContext context,
      @Value("${fordra.processes.check-form-references:true}") boolean checkFormReferences,
      @Value("${fordra.processes.approved-methods}") List<String> approvedMethods,
      @Value("${fordra.processes.approved-properties}") List<String> approvedProperties) {
    this.beans = beans;
    this.context = context;
    this.checkFormReferences = checkFormReferences;
    this.approvedMethods = Set.copyOf(approvedMethods);
    this.approvedProperties = Set.copyOf(approvedProperties);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new SandboxedExpressionManager(context));
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<Deployer>());
    }
    // First: nothing else reads a resource the policy refuses.
    configuration.getCustomPreDeployers().add(0, deploymentPolicy());
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new DiagramCheck(this, beans));
    configuration.getCustomPreDeployers().add(new DecisionTableCheck());
  }

  DeploymentPolicy deploymentPolicy() {
    return new DeploymentPolicy(
        new ExpressionPolicy(approvedMethods, approvedProperties, beans::containsBean),
        this::isStepBean);
  }

  /** A bean of Fordra's that a diagram may name as a step or a listener. */
  private boolean isStepBean(String name) {
    if (!beans.containsBean(name)) {
      return false;
    }
    Class<?> type = beans.getType(name, false);
    return type != null
        && type.getName().startsWith("org.fordra.")
        && (JavaDelegate.class.isAssignableFrom(type)
            || ExecutionListener.class.isAssignableFrom(type)
            || TaskListener.class.isAssignableFrom(type));
  }

  /**
   * Whether a task's {@code camunda:formRef} must name a form that is deployed: always, unless
   * {@code fordra.processes.check-form-references=false} (for a diagram whose forms are kept
   * elsewhere).
   */
  public boolean checksFormReferences() {
    return checkFormReferences;
  }
}
