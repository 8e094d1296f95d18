package org.fordra.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a manager sees in Modeler, checked without Modeler: in every diagram of processes/, no two
 * shapes lie on each other (a subprocess or group holds its shapes; a boundary event sits on its
 * task's edge), no name's label covers a shape (its own icon included), and a label is wide
 * enough for its longest word, so Modeler never breaks a word ("no w"), and a task's name fits on
 * two lines of its box, so it stays clear of the task's icon in the top left corner.
 */
class DiagramLayoutTest {

  /** Modeler's label font: about 7 pixels for a wide character of an 11-pixel Arial. */
  static final double WIDEST_CHARACTER = 7;

  /**
   * A task's name in Modeler (bpmn-js): 12-pixel Arial inside 7 pixels of padding each side,
   * wrapped at spaces and after hyphens. Widths are Arial's advance widths (thousandths of the
   * font size); 2 pixels are kept in hand for rounding. Checked against bpmn-js 17's rendering of
   * these diagrams in Chromium: "Plan the dunning schedule" takes three lines in a 100-pixel box,
   * "Record the settlement offer" two.
   */
  static final double TASK_FONT = 12;

  static final double TASK_PADDING = 7;

  static final double IN_HAND = 2;

  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  static final int[] LOWER_WIDTHS = {
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333,
    500, 278, 556, 500, 722, 500, 500, 500
  };

  static final int[] UPPER_WIDTHS = {
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722,
    667, 611, 722, 667, 944, 667, 667, 611
  };

  static double arialWidth(String text) {
    int units = 0;
    for (char c : text.toCharArray()) {
      units += switch (c) {
        case ' ', '.', ',', ':', '/' -> 278;
        case '-', '(', ')' -> 333;
        case '\'' -> 191;
        default -> {
          int lower = LOWER.indexOf(c);
          int upper = LOWER.toUpperCase().indexOf(c);
          yield lower >= 0 ? LOWER_WIDTHS[lower] : upper >= 0 ? UPPER_WIDTHS[upper] : 556;
        }
      };
    }
    return units * TASK_FONT / 1000;
  }

  record Box(String element, double x, double y, double width, double height) {
    static Box of(String element, Bounds bounds) {
      return new Box(element, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    boolean meets(Box other) {
      return x < other.x + other.width && other.x < x + width
          && y < other.y + other.height && other.y < y + height;
    }
  }

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("processes")).filter(f -> f.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noShapeLiesOnAnotherAndNoLabelCoversAShapeOrBreaksAWord(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<Box> shapes = new ArrayList<>();
    List<Box> labels = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (!(element instanceof SubProcess) && !(element instanceof Group)) {
        shapes.add(Box.of(element.getId(), shape.getBounds()));
      }
      if (element instanceof Activity task && !(element instanceof SubProcess)) {
        twoLinesAtMost(task, shape.getBounds(), problems);
      }
      if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
        labels.add(Box.of(element.getId(), shape.getBpmnLabel().getBounds()));
        wideEnough(element, shape.getBpmnLabel().getBounds(), problems);
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
        labels.add(Box.of(edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds()));
        wideEnough(edge.getBpmnElement(), edge.getBpmnLabel().getBounds(), problems);
      }
    }
    for (int i = 0; i < shapes.size(); i++) {
      for (Box other : shapes.subList(i + 1, shapes.size())) {
        Box shape = shapes.get(i);
        if (shape.meets(other) && !attached(model, shape, other)) {
          problems.add("shapes " + shape.element() + " and " + other.element() + " overlap");
        }
      }
    }
    for (Box label : labels) {
      for (Box shape : shapes) {
        if (label.meets(shape)) {
          problems.add("the label of " + label.element() + " covers the shape " + shape.element());
        }
      }
    }
    assertThat(problems).as(diagram.toString()).isEmpty();
  }

  /**
   * The default lifecycle is one row a manager reads left to right: every step of the ladder and
   * the decision after it, each to the right of the one before, on the same line.
   */
  @Test
  void theLadderReadsLeftToRightOnOneRow() {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/collections.bpmn").toFile());
    List<String> line =
        List.of(
            "DunningStarted", "StepDone", "PreDueReminderNext", "PreDueReminderDue",
            "SendPreDueReminder", "DueNoticeNext", "DueDateReached", "SendDueNotice",
            "Reminder1Next", "Reminder1Due", "SendReminder1", "CallNext", "CallDue",
            "CallCustomer", "CallOutcome", "Reminder2Next", "Reminder2Due", "SendReminder2",
            "FinalNoticeNext", "FinalNoticeDue", "SendFinalNotice", "DecisionNext",
            "FinalNoticeDeadlinePassed", "MarkEscalated", "DecisionDue", "DecideEscalation",
            "Decision");
    double lastX = Double.NEGATIVE_INFINITY;
    Double row = null;
    for (String element : line) {
      Bounds bounds = shapeOf(model, element).getBounds();
      double centreY = bounds.getY() + bounds.getHeight() / 2;
      assertThat(bounds.getX()).as("%s lies right of the step before", element).isGreaterThan(lastX);
      if (row != null) {
        assertThat(centreY).as("%s lies on the ladder's row", element).isEqualTo(row);
      }
      row = centreY;
      lastX = bounds.getX() + bounds.getWidth();
    }
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String element) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> element.equals(shape.getBpmnElement().getId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(element + " has no shape"));
  }

  /** A third line of a task's name would start beside its icon, as Modeler wraps it. */
  private static void twoLinesAtMost(Activity task, Bounds box, List<String> problems) {
    String name = task.getName();
    if (name == null || name.isBlank()) {
      return;
    }
    double room = box.getWidth() - 2 * TASK_PADDING - IN_HAND;
    int lines = 1;
    String line = "";
    java.util.regex.Matcher pieces = java.util.regex.Pattern.compile("[^\\s-]+-?").matcher(name);
    while (pieces.find()) {
      String piece = pieces.group();
      String longer =
          line.isEmpty() ? piece : line.endsWith("-") ? line + piece : line + " " + piece;
      if (line.isEmpty() || arialWidth(longer) <= room) {
        line = longer;
      } else {
        lines++;
        line = piece;
      }
    }
    if (lines > 2) {
      problems.add(
          "the name of " + task.getId() + " (\"" + name + "\") takes " + lines + " lines in a box "
              + box.getWidth() + " wide, the first beside the task's icon");
    }
  }

  private static void wideEnough(BaseElement element, Bounds label, List<String> problems) {
    String name = element instanceof FlowElement flow ? flow.getName() : null;
    if (name == null || name.isBlank()) {
      return;
    }
    int longestWord =
        Stream.of(name.split("\\s+")).mapToInt(String::length).max().orElse(0);
    if (label.getWidth() < longestWord * WIDEST_CHARACTER) {
      problems.add(
          "the label of " + element.getId() + " (" + label.getWidth() + " wide) breaks \""
              + name + "\" inside a word");
    }
  }

  private static boolean attached(BpmnModelInstance model, Box one, Box other) {
    return attachedTo(model, one.element(), other.element())
        || attachedTo(model, other.element(), one.element());
  }

  private static boolean attachedTo(BpmnModelInstance model, String boundary, String host) {
    return model.getModelElementById(boundary) instanceof BoundaryEvent event
        && event.getAttachedTo() != null
        && host.equals(event.getAttachedTo().getId());
  }
}
