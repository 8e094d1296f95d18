package org.fordra.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.fordra.dunning.CollectionsProcess;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What any deployment may contain, through every door (REST, the webapps, the classpath, a
 * redeploy): the engine runs this before its own deployers, so a refused deployment stores
 * nothing. Managers change the process in diagrams; a diagram must never run code that Fordra
 * did not ship. So: steps only as {@code ${bean}} delegate expressions naming Fordra's step beans;
 * other expressions only read variables, compare and call approved bean methods; no Java classes,
 * scripts, connectors, external resources or embedded HTML forms; no message or signal start
 * event on Fordra's message names; no call to a process Fordra does not have; no process id that
 * shadows one of Fordra's. docs/security.md lists the rules and the approved methods.
 */
class DeploymentPolicy implements Deployer {

  static final Set<String> FORDRA_PROCESS_KEYS =
      Set.of(CollectionsProcess.PROCESS_KEY, CollectionsProcess.PAYMENT_PLAN_KEY, "unmatched-payment");
  static final Set<String> FORDRA_MESSAGES =
      Set.of(CollectionsProcess.MESSAGE_PAYMENT_RECEIVED, CollectionsProcess.MESSAGE_DISPUTE_RAISED);

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final List<String> DIAGRAMS = List.of(".bpmn", ".bpmn20.xml");
  private static final List<String> DECISIONS = List.of(".dmn", ".dmn11.xml");
  private static final String FORMS = ".form";
  private static final Pattern BEAN_EXPRESSION =
      Pattern.compile("^\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}$");
  /** Camunda attributes that load or run code. */
  private static final Map<String, String> CODE_ATTRIBUTES =
      Map.of(
          "class", "a Java class",
          "expression", "an expression as its implementation",
          "resource", "an external script resource",
          "type", "an external or connector implementation",
          "scriptFormat", "a script",
          "variableMappingClass", "a Java class",
          "variableMappingDelegateExpression", "a variable mapping delegate",
          "formKey", "an embedded or external form (HTML that runs in staff's browsers)",
          "caseRef", "a CMMN case");
  private static final Set<String> FEEL = Set.of(
      "feel", "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20191111/feel",
      "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");
  private static final Set<String> JUEL = Set.of("juel");
  /** FEEL can reach Java only through external functions or object members with these names. */
  private static final Pattern FEEL_CODE =
      Pattern.compile(
          "\\b(external|java|class|getClass|classLoader|forName|Runtime|ProcessBuilder|System"
              + "|reflect|MethodHandles|invoke)\\b");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Text for people, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "text");

  record Violation(String resource, String elementId, String message) implements Problem {
    @Override
    public String getMessage() {
      return resource + ": " + (elementId == null ? "" : "'" + elementId + "' ") + message;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return elementId;
    }

    @Override
    public List<String> getElementIds() {
      return elementId == null ? List.of() : List.of(elementId);
    }
  }

  private final ExpressionPolicy expressions;
  private final Predicate<String> isStepBean;

  DeploymentPolicy(ExpressionPolicy expressions, Predicate<String> isStepBean) {
    this.expressions = expressions;
    this.isStepBean = isStepBean;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<Violation> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      violations.addAll(check(resource.getName(), resource.getBytes()));
    }
    if (!violations.isEmpty()) {
      String reasons =
          violations.stream().map(Violation::getMessage).collect(Collectors.joining(" | "));
      throw new ParseException(
          "Fordra refused this deployment; nothing of it was stored. " + reasons,
          violations.get(0).resource(),
          List.copyOf(violations),
          List.of());
    }
  }

  /** The violations of one resource of a deployment. */
  List<Violation> check(String name, byte[] bytes) {
    List<Violation> violations = new ArrayList<>();
    String lower = name.toLowerCase(Locale.ROOT);
    if (DIAGRAMS.stream().anyMatch(lower::endsWith)) {
      Document document = read(name, bytes, violations);
      if (document != null) {
        new DiagramRules(name, document, violations).check();
      }
    } else if (DECISIONS.stream().anyMatch(lower::endsWith)) {
      Document document = read(name, bytes, violations);
      if (document != null) {
        checkDecisions(name, document.getDocumentElement(), "feel", violations);
      }
    } else if (lower.endsWith(FORMS)) {
      checkForm(name, bytes, violations);
    } else {
      violations.add(
          new Violation(name, null,
              "only diagrams (.bpmn), decision tables (.dmn) and forms (.form) may be deployed"));
    }
    return violations;
  }

  private static Document read(String name, byte[] bytes, List<Violation> violations) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // No DTDs, no external entities: the file is a model, not a way to read the server's disk.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException | SAXException | IOException unreadable) {
      violations.add(new Violation(name, null, "is not readable XML: " + unreadable.getMessage()));
      return null;
    }
  }

  /** The rules for one BPMN file. */
  private final class DiagramRules {
    private final String resource;
    private final Document document;
    private final List<Violation> violations;
    private final Map<String, String> messageNames = new HashMap<>();
    private final Map<String, String> signalNames = new HashMap<>();

    DiagramRules(String resource, Document document, List<Violation> violations) {
      this.resource = resource;
      this.document = document;
      this.violations = violations;
    }

    void check() {
      Element root = document.getDocumentElement();
      for (Element child : children(root)) {
        if (BPMN.equals(child.getNamespaceURI()) && "message".equals(child.getLocalName())) {
          messageNames.put(child.getAttribute("id"), child.getAttribute("name"));
        }
        if (BPMN.equals(child.getNamespaceURI()) && "signal".equals(child.getLocalName())) {
          signalNames.put(child.getAttribute("id"), child.getAttribute("name"));
        }
      }
      walk(root, null);
    }

    private void walk(Element element, String nearestId) {
      String id = element.hasAttribute("id") ? element.getAttribute("id") : nearestId;
      String local = element.getLocalName();
      boolean bpmn = BPMN.equals(element.getNamespaceURI());
      boolean camunda = CAMUNDA.equals(element.getNamespaceURI());
      if (bpmn) {
        switch (local) {
          case "scriptTask" -> refuse(id, "is a script task: scripts may not run in Fordra");
          case "script" -> refuse(id, "holds a script: scripts may not run in Fordra");
          case "process" -> checkProcessId(element);
          case "callActivity" -> checkCall(element, id);
          case "startEvent" -> checkStart(element, id);
          default -> {}
        }
        if (element.hasAttribute("language")) {
          refuse(id, "has a " + element.getAttribute("language")
              + " script expression: conditions are expressions over variables");
        }
      }
      if (camunda) {
        switch (local) {
          case "script" -> refuse(id, "holds a script: scripts may not run in Fordra");
          case "connector" -> refuse(id, "uses a connector: Fordra's steps are its own beans");
          default -> {}
        }
      }
      checkAttributes(element, id, camunda);
      if (!(bpmn && PROSE.contains(local))) {
        checkText(element, id);
      }
      for (Element child : children(element)) {
        walk(child, id);
      }
    }

    private void checkAttributes(Element element, String id, boolean camundaElement) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        boolean camundaAttribute =
            CAMUNDA.equals(attribute.getNamespaceURI())
                || (camundaElement && attribute.getNamespaceURI() == null);
        String value = attribute.getValue();
        if (camundaAttribute && "delegateExpression".equals(name)) {
          checkDelegate(id, value);
          continue;
        }
        boolean fieldValue = camundaElement && "field".equals(element.getLocalName());
        if (camundaAttribute && CODE_ATTRIBUTES.containsKey(name) && !fieldValue) {
          refuse(id, "uses " + CODE_ATTRIBUTES.get(name) + " (camunda:" + name + "=\"" + value
              + "\"): a step must be a delegate expression such as ${sendReminderAndMarkStage}");
          continue;
        }
        for (String reason : expressions.check(value)) {
          refuse(id, "in its " + name + ": " + reason);
        }
      }
    }

    private void checkText(Element element, String id) {
      for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
          for (String reason : expressions.check(node.getNodeValue().trim())) {
            refuse(id, reason);
          }
        }
      }
    }

    private void checkDelegate(String id, String expression) {
      Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
      if (!bean.matches()) {
        refuse(id, "has the delegate expression " + expression
            + ": a step is named as ${bean}, one of Fordra's steps");
      } else if (!isStepBean.test(bean.group(1))) {
        refuse(id, "calls " + expression + ", which is not a step Fordra has. Check the spelling"
            + " against the shipped processes/*.bpmn.");
      }
    }

    private void checkProcessId(Element process) {
      String id = process.getAttribute("id");
      String plain = plain(id);
      for (String key : FORDRA_PROCESS_KEYS) {
        if (!key.equals(id) && plain(key).equals(plain)) {
          refuse(id, "has a process id that looks like Fordra's '" + key
              + "': use exactly '" + key + "' to change that process, or a distinct id");
        }
      }
    }

    private void checkCall(Element call, String id) {
      String called = call.getAttribute("calledElement");
      if (!FORDRA_PROCESS_KEYS.contains(called)) {
        refuse(id, "calls the process '" + called + "': a call activity may only call one of"
            + " Fordra's processes " + FORDRA_PROCESS_KEYS);
      }
    }

    private void checkStart(Element start, String id) {
      Node parent = start.getParentNode();
      if (!(parent instanceof Element scope) || !"process".equals(scope.getLocalName())) {
        return; // an event subprocess's start is reached only inside a running instance
      }
      for (Element definition : children(start)) {
        String name =
            switch (definition.getLocalName()) {
              case "messageEventDefinition" -> messageNames.get(definition.getAttribute("messageRef"));
              case "signalEventDefinition" -> signalNames.get(definition.getAttribute("signalRef"));
              default -> null;
            };
        if (name != null && FORDRA_MESSAGES.contains(name)) {
          refuse(id, "starts on '" + name + "', which is Fordra's own message: every booking or"
              + " dispute would start this process");
        }
      }
    }

    private void refuse(String id, String message) {
      violations.add(new Violation(resource, id, message));
    }
  }

  private void checkDecisions(String resource, Element element, String inherited, List<Violation> out) {
    String language = inherited;
    if (element.hasAttribute("expressionLanguage")) {
      language = element.getAttribute("expressionLanguage").toLowerCase(Locale.ROOT);
      if (!FEEL.contains(language) && !JUEL.contains(language)) {
        out.add(new Violation(resource, idOf(element), "uses the expression language '"
            + element.getAttribute("expressionLanguage") + "': only FEEL and JUEL expressions"
            + " over the table's inputs are allowed"));
      }
    }
    if ("text".equals(element.getLocalName())) {
      String text = element.getTextContent().trim();
      if (JUEL.contains(language)) {
        for (String reason : expressions.check(text)) {
          out.add(new Violation(resource, idOf(element), reason));
        }
      } else if (FEEL_CODE.matcher(text).find()) {
        out.add(new Violation(resource, idOf(element), "the expression " + text
            + " reaches for Java (external functions, classes): only FEEL over the table's"
            + " inputs is allowed"));
      }
    }
    for (Element child : children(element)) {
      checkDecisions(resource, child, language, out);
    }
  }

  private static String idOf(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return null;
  }

  private static void checkForm(String name, byte[] bytes, List<Violation> out) {
    JsonNode form;
    try {
      form = JSON.readTree(bytes);
    } catch (IOException unreadable) {
      out.add(new Violation(name, null, "is not a readable Camunda Form (JSON)"));
      return;
    }
    checkComponents(name, form, out);
  }

  private static void checkComponents(String name, JsonNode node, List<Violation> out) {
    for (JsonNode component : node.path("components")) {
      // An iframe would show any page inside Tasklist, in the staff member's session.
      if ("iframe".equals(component.path("type").asText())) {
        out.add(new Violation(name, component.path("id").asText(null),
            "embeds another page (iframe) in the task form"));
      }
      checkComponents(name, component, out);
    }
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static String plain(String id) {
    return id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
