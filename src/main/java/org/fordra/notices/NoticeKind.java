package org.fordra.notices;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.fordra.invoice.DunningStage;

/** Every letter or e-mail Fordra sends; each has a template per language. */
public enum NoticeKind {
  PRE_DUE_REMINDER(DunningStage.PRE_DUE_REMINDER),
  DUE_NOTICE(DunningStage.DUE_NOTICE),
  REMINDER_1(DunningStage.REMINDER_1),
  REMINDER_2(DunningStage.REMINDER_2),
  FINAL_NOTICE(DunningStage.FINAL_NOTICE),
  PAYMENT_PLAN_CONFIRMATION(null),
  MISSED_INSTALLMENT(null),
  BROKEN_PROMISE(null),
  SETTLEMENT_OFFER(null),
  AGENCY_HANDOVER(null),
  PAID_RECEIPT(null),
  /**
   * Pre-Action Protocol for Debt Claims (England & Wales), para 3: the Letter of Claim to an
   * individual or sole trader before the claim goes to an agency or court, with the Information
   * Sheet, Reply Form and Financial Statement as annexes; 30 days to reply.
   */
  LETTER_OF_CLAIM(null);

  /**
   * The extension property ({@code camunda:properties}) naming the notice a BPMN step sends. A
   * property, not an input mapping: an input mapping would make every send task a scope of its
   * own, with its own execution and variable rows.
   */
  public static final String STEP_PROPERTY = "noticeKind";

  private final DunningStage stage;

  /**
   * The notice the element being executed sends, from its {@value #STEP_PROPERTY} property;
   * empty for an element that sends none.
   */
  public static Optional<NoticeKind> ofStep(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return Optional.empty();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> STEP_PROPERTY.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .map(NoticeKind::valueOf)
        .findFirst();
  }

  /** Like {@link #ofStep}, for an element that must send a notice. */
  public static NoticeKind requiredOf(DelegateExecution execution) {
    return ofStep(execution)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the step '" + execution.getCurrentActivityId() + "' has no "
                        + STEP_PROPERTY + " property naming its notice"));
  }

  NoticeKind(DunningStage stage) {
    this.stage = stage;
  }

  /** The dunning stage this notice marks, for the steps of the ladder itself. */
  public Optional<DunningStage> stage() {
    return Optional.ofNullable(stage);
  }

  /** The kind in kebab case, as outbox file names carry it: {@code reminder-1}. */
  public String templateName() {
    return name().toLowerCase().replace('_', '-');
  }
}
