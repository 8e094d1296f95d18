package org.fordra.dunning;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A process execution for unit tests of one delegate: just its variables. */
final class FakeExecution {

  private FakeExecution() {}

  static DelegateExecution with(Map<String, Object> initial) {
    Map<String, Object> variables = new HashMap<>(initial);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(a -> variables.get(a.getArgument(0, String.class)));
    when(execution.getVariables()).thenAnswer(a -> variables);
    doAnswer(a -> variables.put(a.getArgument(0), a.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
    doAnswer(a -> variables.put(a.getArgument(0), a.getArgument(1)))
        .when(execution).setVariableLocal(anyString(), any());
    doAnswer(a -> variables.remove(a.getArgument(0, String.class)))
        .when(execution).removeVariable(anyString());
    return execution;
  }
}
