package org.fordra.processes;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a manager's diagram may do: read variables, compare and combine them,
 * and call the approved bean methods and properties (docs/security.md). Everything else a JUEL
 * expression can do (a method on any object, a property chain, a function, a bean) is refused,
 * because that is how a diagram reaches {@code Runtime.exec}.
 */
final class ExpressionPolicy {

  private static final Builder PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  /** Names the engine itself puts into every expression's scope. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

  private final Set<String> approvedMethods;
  private final Set<String> approvedProperties;
  private final Predicate<String> isBean;

  ExpressionPolicy(
      Set<String> approvedMethods, Set<String> approvedProperties, Predicate<String> isBean) {
    this.approvedMethods = approvedMethods;
    this.approvedProperties = approvedProperties;
    this.isBean = isBean;
  }

  /** Whether the text holds an expression at all (JUEL's {@code ${...}} or {@code #{...}}). */
  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** What is wrong with the expressions in this text; empty when it may be deployed. */
  List<String> check(String text) {
    List<String> reasons = new ArrayList<>();
    if (!hasExpression(text)) {
      return reasons;
    }
    Node root;
    try {
      root = PARSER.build(text).getRoot();
    } catch (TreeBuilderException | IllegalArgumentException unreadable) {
      reasons.add("the expression " + text + " cannot be read: " + unreadable.getMessage());
      return reasons;
    }
    check(root, text, reasons);
    return reasons;
  }

  private void check(Node node, String text, List<String> reasons) {
    if (node instanceof AstMethod method) {
      checkMethod(method, text, reasons);
      return;
    }
    if (node instanceof AstDot dot) {
      String path = path(dot);
      if (path == null || !approvedProperties.contains(path)) {
        reasons.add(
            "the expression " + text + " reads the property "
                + (path == null ? dot.toString().trim() : path)
                + ", which is not on the approved list (docs/security.md)");
      }
      return;
    }
    if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if (!ENGINE_NAMES.contains(name) && isBean.test(name)) {
        reasons.add(
            "the expression " + text + " uses '" + name + "', which is one of Fordra's"
                + " components, not a variable");
      }
      return;
    }
    if (!(node instanceof AstComposite
        || node instanceof AstEval
        || node instanceof AstText
        || node instanceof AstNested
        || node instanceof AstBinary
        || node instanceof AstUnary
        || node instanceof AstChoice
        || node instanceof AstBoolean
        || node instanceof AstNumber
        || node instanceof AstString
        || node instanceof AstNull
        || node instanceof AstParameters)) {
      reasons.add(
          "the expression " + text + " uses " + describe(node)
              + ": only variables, comparisons and the approved bean methods are allowed");
      return;
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      check(node.getChild(i), text, reasons);
    }
  }

  private void checkMethod(AstMethod method, String text, List<String> reasons) {
    Node target = method.getChild(0);
    String path = target instanceof AstDot dot ? path(dot) : null;
    if (path == null || !approvedMethods.contains(path)) {
      reasons.add(
          "the expression " + text + " calls "
              + (path == null ? "a method" : path + "(...)")
              + ", which is not an approved bean method (docs/security.md)");
      return;
    }
    Node parameters = method.getChild(1);
    for (int i = 0; i < parameters.getCardinality(); i++) {
      check(parameters.getChild(i), text, reasons);
    }
  }

  /** {@code bean.member} when the dot's prefix is a plain name, else null. */
  private static String path(AstDot dot) {
    Node prefix = dot.getChild(0);
    if (!(prefix instanceof AstIdentifier identifier)) {
      return null;
    }
    return identifier.getName() + "." + member(dot);
  }

  private static String member(AstDot dot) {
    try {
      Field property = AstDot.class.getDeclaredField("property");
      property.setAccessible(true);
      return (String) property.get(dot);
    } catch (ReflectiveOperationException | RuntimeException unexpected) {
      // Fail closed: an unknown member is never on the approved list.
      return "?";
    }
  }

  private static String describe(Node node) {
    String type = node.getClass().getSimpleName();
    return switch (type) {
      case "AstBracket" -> "an index or bracket property (" + node.toString().trim() + ")";
      case "AstFunction" -> "a function call (" + node + ")";
      default -> "'" + node.toString().trim() + "'";
    };
  }
}
