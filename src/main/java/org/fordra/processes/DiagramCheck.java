package org.fordra.processes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.contact.ContactGate;
import org.fordra.notices.NoticeKind;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Reads each newly deployed diagram of Fordra's processes and lists what would break at run
 * time. Camunda already refuses a timer with no definition at all and a service task with no
 * implementation attribute; this adds what only Fordra knows: an empty timer, a form that is not
 * there, a delegate expression naming a step Fordra does not have, a notice that would go out
 * without waiting for the customer's contact days and hours.
 */
class DiagramCheck extends AbstractBpmnParseListener {

  static final Set<String> FORDRA_PROCESSES =
      Set.of(
          CollectionsProcess.PROCESS_KEY,
          CollectionsProcess.PAYMENT_PLAN_KEY,
          org.fordra.statements.UnmatchedPaymentProcess.PROCESS_KEY);

  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}$");
  private static final Set<String> TIMER_SETTINGS = Set.of("timeDate", "timeDuration", "timeCycle");
  private static final Set<String> IMPLEMENTATIONS =
      Set.of("class", "expression", "delegateExpression", "type");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOTICE_HOURS = "noticeHours.nextFor(";

  private record Finding(Element element, String message) {}

  private final ModelChecks settings;
  private final ListableBeanFactory beans;

  DiagramCheck(ModelChecks settings, ListableBeanFactory beans) {
    this.settings = settings;
    this.beans = beans;
  }

  @Override
  public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
    DeploymentEntity deployment = newDeployment(definitions);
    if (deployment == null) {
      // The engine re-reads a stored deployment (a cold cache after a restart): it was checked
      // when it was deployed, and refusing it now would strand the invoices running on it.
      return;
    }
    List<Finding> findings = new ArrayList<>();
    for (Element process : root.elements("process")) {
      if (FORDRA_PROCESSES.contains(process.attribute("id"))) {
        check(process, deployment, findings);
      }
    }
    if (!findings.isEmpty()) {
      String reasons =
          findings.stream().map(Finding::message).collect(Collectors.joining(" | "));
      throw new BpmnParseException(
          "Fordra refused this deployment; nothing of it was stored. " + reasons,
          findings.get(0).element());
    }
  }

  private static DeploymentEntity newDeployment(List<ProcessDefinitionEntity> definitions) {
    CommandContext command = Context.getCommandContext();
    if (definitions.isEmpty() || command == null) {
      return null;
    }
    DeploymentEntity deployment =
        command
            .getDbEntityManager()
            .getCachedEntity(DeploymentEntity.class, definitions.get(0).getDeploymentId());
    return deployment != null && deployment.isNew() ? deployment : null;
  }

  private void check(Element element, DeploymentEntity deployment, List<Finding> findings) {
    switch (element.getTagName()) {
      case "timerEventDefinition" -> checkTimer(element, findings);
      case "userTask" -> checkForm(element, deployment, findings);
      case "serviceTask", "sendTask" -> checkImplementation(element, findings);
      case "taskListener", "executionListener" -> checkListener(element, findings);
      case "process", "subProcess" -> checkNoticesWait(element, findings);
      default -> {}
    }
    for (Element child : element.elements()) {
      check(child, deployment, findings);
    }
  }

  private void checkTimer(Element timer, List<Finding> findings) {
    boolean set =
        timer.elements().stream()
            .anyMatch(
                e -> TIMER_SETTINGS.contains(e.getTagName())
                    && e.getText() != null
                    && !e.getText().isBlank());
    if (!set) {
      findings.add(
          new Finding(
              timer,
              "The timer '"
                  + timer.attribute("id")
                  + "' has no date, duration or cycle: in Camunda Modeler, give it a Timer"
                  + " (for example ${reminder1At} as a date or P5D as a duration)."));
    }
  }

  /**
   * No notice on a weekend, a public holiday or outside contact hours (issue 3, contact rules): a
   * step sending a notice may only be reached from the ladder's contact gate or from a timer
   * waiting for {@code ${noticeHours.nextFor(...)}}. A new notice added in Modeler without its
   * wait would otherwise reach customers on a Sunday night.
   */
  private void checkNoticesWait(Element scope, List<Finding> findings) {
    Map<String, Element> inScope = new HashMap<>();
    for (Element child : scope.elements()) {
      if (child.attribute("id") != null) {
        inScope.put(child.attribute("id"), child);
      }
    }
    for (Element task : scope.elements("serviceTask")) {
      if (!sendsNotice(task)) {
        continue;
      }
      for (Element flow : scope.elements("sequenceFlow")) {
        if (task.attribute("id").equals(flow.attribute("targetRef"))
            && !waitsForContactHours(inScope.get(flow.attribute("sourceRef")))) {
          findings.add(
              new Finding(
                  task,
                  describe(task)
                      + " sends a notice without waiting for the customer's contact days and"
                      + " hours (reached from '" + flow.attribute("sourceRef") + "'): put an"
                      + " intermediate timer event before it with the date"
                      + " ${noticeHours.nextFor(execution, 'KIND')}, KIND being its noticeKind"
                      + " property."));
        }
      }
    }
  }

  /** A step sending a notice names it in a {@code noticeKind} extension property. */
  private static boolean sendsNotice(Element task) {
    Element extensions = task.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
    return properties != null
        && properties.elementsNS(CAMUNDA, "property").stream()
            .anyMatch(property -> NoticeKind.STEP_PROPERTY.equals(property.attribute("name")));
  }

  private static boolean waitsForContactHours(Element source) {
    if (source == null) {
      return false;
    }
    if (ContactGate.CHOOSE.equals(source.attribute("id"))) {
      return true;
    }
    Element timer = source.element("timerEventDefinition");
    Element date = timer == null ? null : timer.element("timeDate");
    return "intermediateCatchEvent".equals(source.getTagName())
        && date != null
        && date.getText() != null
        && date.getText().replace(" ", "").contains(NOTICE_HOURS);
  }

  private void checkForm(Element task, DeploymentEntity deployment, List<Finding> findings) {
    String formRef = task.attributeNS(CAMUNDA, "formRef");
    if (formRef == null || formRef.isBlank() || !settings.checksFormReferences()) {
      return;
    }
    if (formsIn(deployment).contains(formRef)) {
      return;
    }
    String binding = task.attributeNS(CAMUNDA, "formRefBinding", "latest");
    if ("deployment".equals(binding)) {
      findings.add(
          new Finding(
              task,
              describe(task)
                  + " shows the form '"
                  + formRef
                  + "', which is not in this deployment (the task asks for the form of the same"
                  + " deployment). Deploy the diagram together with its form files from forms/."));
    } else if (Context.getCommandContext()
            .getCamundaFormDefinitionManager()
            .findLatestDefinitionByKey(formRef)
        == null) {
      findings.add(
          new Finding(
              task,
              describe(task)
                  + " shows the form '"
                  + formRef
                  + "', which is neither in this deployment nor deployed before. Deploy the"
                  + " form file from forms/ with the diagram."));
    }
  }

  private void checkImplementation(Element task, List<Finding> findings) {
    boolean implemented =
        IMPLEMENTATIONS.stream()
            .anyMatch(
                attribute -> {
                  String value = task.attributeNS(CAMUNDA, attribute);
                  return value != null && !value.isBlank();
                });
    if (!implemented) {
      findings.add(
          new Finding(
              task,
              describe(task)
                  + " does nothing: set its Implementation to a delegate expression such as"
                  + " ${sendReminderAndMarkStage}."));
      return;
    }
    checkBean(task, task.attributeNS(CAMUNDA, "delegateExpression"), describe(task), findings);
  }

  private void checkListener(Element listener, List<Finding> findings) {
    checkBean(
        listener,
        listener.attribute("delegateExpression"),
        "A " + listener.getTagName() + " (" + listener.attribute("event") + ")",
        findings);
  }

  private void checkBean(Element element, String expression, String what, List<Finding> findings) {
    if (expression == null || beans == null) {
      return;
    }
    Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
    if (bean.matches() && !beans.containsBean(bean.group(1))) {
      findings.add(
          new Finding(
              element,
              what
                  + " calls "
                  + expression
                  + ", which is not a step Fordra has. Check the spelling against the shipped"
                  + " processes/*.bpmn."));
    }
  }

  /** The ids of the Camunda Forms deployed together with this diagram. */
  private static Set<String> formsIn(DeploymentEntity deployment) {
    Set<String> ids = new HashSet<>();
    if (deployment.getResources() == null) {
      return ids;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        try {
          String id = JSON.readTree(resource.getBytes()).path("id").asText("");
          if (!id.isBlank()) {
            ids.add(id);
          }
        } catch (IOException notJson) {
          // The form deployer reports an unreadable form itself.
        }
      }
    }
    return ids;
  }

  private static String describe(Element task) {
    String name = task.attribute("name");
    return "The "
        + task.getTagName()
        + " '"
        + (name == null || name.isBlank() ? task.attribute("id") : name)
        + "' (" + task.attribute("id") + ")";
  }
}
