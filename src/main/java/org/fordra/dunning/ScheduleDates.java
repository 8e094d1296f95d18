package org.fordra.dunning;

import java.beans.FeatureDescriptor;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.stereotype.Component;

/**
 * Lets a diagram's timer read a step's date by its name, {@code ${reminder1At}}, from the case's
 * schedule in {@link CaseSchedule}: a manager's step added in Modeler reads {@code
 * ${secondCallAt}} the same way, and the expression is still a plain read the deployment policy
 * allows. Asked only after the case's variables and Fordra's beans (the expression manager puts
 * it last), so a case planned before the table, which holds its dates as variables, reads those.
 * Read whenever a timer is (re)created: the table is the truth.
 */
@Component
class ScheduleDates extends ELResolver {

  private static final String DATE_SUFFIX = "At";

  private final CaseSchedule schedule;

  ScheduleDates(CaseSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<Date> date = dateFor(context, base, property);
    if (date.isPresent()) {
      context.setPropertyResolved(true);
      return date.get();
    }
    return null;
  }

  private Optional<Date> dateFor(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name) || !name.endsWith(DATE_SUFFIX)) {
      return Optional.empty();
    }
    String invoice = invoiceOf(context.getContext(VariableScope.class));
    return invoice == null ? Optional.empty() : schedule.date(invoice, name);
  }

  private static String invoiceOf(Object scope) {
    DelegateExecution execution =
        scope instanceof DelegateTask task ? task.getExecution()
            : scope instanceof DelegateExecution e ? e : null;
    return execution == null ? null : execution.getProcessBusinessKey();
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (dateFor(context, base, property).isPresent()) {
      context.setPropertyResolved(true);
      return Date.class;
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // A schedule's date is moved by the ladder's steps, never by an expression.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
