package org.fordra.processes;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's Spring expression manager, with every resolution through the reflection guard.
 * Fordra's own resolver beans (dunning's ScheduleDates: a step's date by name from the case's
 * schedule) are asked last, after variables and beans.
 */
class SandboxedExpressionManager extends SpringExpressionManager {

  private final ApplicationContext context;

  SandboxedExpressionManager(ApplicationContext context) {
    super(context);
    this.context = context;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver chain = new CompositeELResolver();
    chain.add(super.createElResolver());
    context.getBeanProvider(ELResolver.class).orderedStream().forEach(chain::add);
    return new ReflectionRefusingElResolver(chain);
  }
}
