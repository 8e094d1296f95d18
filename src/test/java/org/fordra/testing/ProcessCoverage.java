package org.fordra.testing;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * camunda-process-test-coverage on the shared context's engine: every flow node started and
 * every sequence flow taken is recorded, per test class, into target/process-test-coverage/
 * (a report.json and an HTML view per class). No floor per class: a class walks its part of the
 * lifecycle; the floor is the whole suite's, in EveryPathWalkedTest.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverage {

  public static final String REPORTS = "target/process-test-coverage";

  @Bean
  AbstractCamundaConfiguration recordWalkedElements() {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        for (BpmnParseListener listener : configuration.getCustomPostBPMNParseListeners()) {
          if (listener instanceof ElementCoverageParseListener coverage) {
            recordWithoutAuthorizationChecks(coverage);
          }
        }
      }
    };
  }

  @Bean
  ProcessEngineCoverageProperties coverageReports() {
    return ProcessEngineCoverageProperties.builder().reportDirectory(REPORTS).build();
  }

  /**
   * The recorder looks up the process of each element through the engine's RepositoryService,
   * as whoever is signed in: a collector completing a task may not read process definitions
   * (least privilege), and the recording would fail the step. The recorder alone runs without
   * the authorization checks; the step keeps them. The library keeps its listener in a private
   * field, set before any diagram is parsed.
   */
  private static void recordWithoutAuthorizationChecks(ElementCoverageParseListener coverage) {
    try {
      Field field = ElementCoverageParseListener.class.getDeclaredField("executionListener");
      field.setAccessible(true);
      field.set(coverage, new WithoutAuthorizationChecks((ExecutionListener) field.get(coverage)));
    } catch (ReflectiveOperationException changedLibrary) {
      throw new IllegalStateException(
          "camunda-process-test-coverage changed: record without authorization checks anew",
          changedLibrary);
    }
  }

  private record WithoutAuthorizationChecks(ExecutionListener recorder)
      implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) throws Exception {
      CommandContext command = Context.getCommandContext();
      if (command == null || !command.isAuthorizationCheckEnabled()) {
        recorder.notify(execution);
        return;
      }
      command.disableAuthorizationCheck();
      try {
        recorder.notify(execution);
      } finally {
        command.enableAuthorizationCheck();
      }
    }
  }
}
