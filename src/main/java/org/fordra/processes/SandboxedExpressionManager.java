package org.fordra.processes;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/** The engine's Spring expression manager, with every resolution through the reflection guard. */
class SandboxedExpressionManager extends SpringExpressionManager {

  SandboxedExpressionManager(ApplicationContext context) {
    super(context);
  }

  @Override
  protected ELResolver createElResolver() {
    return new ReflectionRefusingElResolver(super.createElResolver());
  }
}
