package org.fordra.security;

import org.fordra.api.StaffGroups;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.preaction.PreActionProtocol;
import org.springframework.stereotype.Component;

/**
 * What staff may change on a task, through every door that ends in the engine (Tasklist's forms,
 * {@code /engine-rest} complete, submit-form, resolve, task variables, identity links): a person
 * sets only the outcome variables the contract gives the task, with plain values; the
 * process's own variables (the invoice, the schedule, the next step) are out of reach.
 * Identity links, names, owners and due dates change only by managers and administrators, and
 * a task is claimed only for oneself. Administrators ({@code camunda-admin}) pass; Fordra's own
 * code runs without a staff login and inside commands, and is not checked here.
 */
@Component
class StaffTaskChanges extends AbstractProcessEnginePlugin {

  /** The outcome variables each task's form sets (CONTRACT.md, "Task outcomes"). */
  static final Map<String, Set<String>> OUTCOMES =
      Map.of(
          CollectionsProcess.TASK_CALL_CUSTOMER,
          Set.of(
              CollectionsProcess.VAR_CALL_OUTCOME,
              CollectionsProcess.VAR_PROMISED_DATE,
              CollectionsProcess.VAR_PLAN_INSTALLMENTS,
              CollectionsProcess.VAR_CALL_NOTES),
          CollectionsProcess.TASK_REVIEW_DISPUTE,
          Set.of(
              CollectionsProcess.VAR_DISPUTE_RESOLUTION,
              CollectionsProcess.VAR_CREDIT_AMOUNT,
              CollectionsProcess.VAR_RESOLUTION_NOTES),
          CollectionsProcess.TASK_DECIDE_ESCALATION,
          Set.of(
              CollectionsProcess.VAR_DECISION,
              CollectionsProcess.VAR_SETTLEMENT_AMOUNT,
              CollectionsProcess.VAR_EXTEND_DAYS,
              CollectionsProcess.VAR_DECISION_NOTES),
          "MatchPayment",
          Set.of("matchAction", "matchInvoiceNumbers", "matchNotes"),
          PreActionProtocol.TASK_REVIEW_REPLY,
          Set.of(PreActionProtocol.VAR_REPLY_OUTCOME, PreActionProtocol.VAR_REPLY_NOTES));

  /** A task a manager added in Modeler shows one of the shipped forms: it has that form's outcomes. */
  static final Map<String, String> TASK_OF_FORM =
      Map.of(
          "call-customer", CollectionsProcess.TASK_CALL_CUSTOMER,
          "review-dispute", CollectionsProcess.TASK_REVIEW_DISPUTE,
          "decide-escalation", CollectionsProcess.TASK_DECIDE_ESCALATION,
          "match-payment", "MatchPayment",
          "review-pre-action-reply", PreActionProtocol.TASK_REVIEW_REPLY);

  static final int MAX_TEXT = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration));
    configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new Guard(configuration));
  }

  /** A check that runs inside the command's context, before the command itself. */
  private interface Check {
    void verify(CommandContext context);
  }

  private record Guarded<T>(Command<T> command, Check check) implements Command<T> {
    @Override
    public T execute(CommandContext context) {
      check.verify(context);
      return command.execute(context);
    }
  }

  static final class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Authentication who =
          Context.getCommandContext() == null
              ? configuration.getIdentityService().getCurrentAuthentication()
              : null;
      if (who == null || who.getUserId() == null || in(who, Groups.CAMUNDA_ADMIN)) {
        return next.execute(command);
      }
      Check check = checkFor(command, who);
      return next.execute(check == null ? command : new Guarded<>(command, check));
    }

    private static Check checkFor(Command<?> command, Authentication who) {
      boolean manager = in(who, StaffGroups.MANAGERS);
      if (command instanceof CompleteTaskCmd) { // resolve too: ResolveTaskCmd extends it
        return outcomesOnly(
            (String) read(command, CompleteTaskCmd.class, "taskId"),
            (Map<?, ?>) read(command, CompleteTaskCmd.class, "variables"));
      }
      if (command instanceof SubmitTaskFormCmd) {
        return outcomesOnly(
            (String) read(command, SubmitTaskFormCmd.class, "taskId"),
            (Map<?, ?>) read(command, SubmitTaskFormCmd.class, "properties"));
      }
      if (command instanceof SetTaskVariablesCmd
          || command instanceof RemoveTaskVariablesCmd
          || (command instanceof AbstractPatchVariablesCmd patch && isTaskPatch(patch))) {
        throw refused(who, "change a task's variables: set the outcome by completing the task");
      }
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
        throw refused(who, "raise an error or escalation from a task");
      }
      if (command instanceof ClaimTaskCmd) {
        Object claimant = read(command, ClaimTaskCmd.class, "userId");
        if (claimant != null && !claimant.equals(who.getUserId()) && !manager) {
          throw refused(who, "claim a task for someone else");
        }
        return null;
      }
      if (command instanceof AssignTaskCmd) {
        Object assignee = read(command, AbstractAddIdentityLinkCmd.class, "userId");
        String taskId = (String) read(command, AbstractSetTaskPropertyCmd.class, "taskId");
        if (manager) {
          return null;
        }
        // Tasklist's "unclaim" is an assignment to nobody: allowed for one's own task.
        return context -> {
          TaskEntity task = context.getTaskManager().findTaskById(taskId);
          boolean own = task != null && who.getUserId().equals(task.getAssignee());
          if (assignee != null || !own) {
            throw refused(who, "assign a task");
          }
        };
      }
      if (command instanceof AbstractSetTaskPropertyCmd
          || command instanceof DeleteIdentityLinkCmd
          || command instanceof SaveTaskCmd
          || command instanceof DelegateTaskCmd) {
        if (!manager) {
          throw refused(who, "change a task's candidates, name, owner, priority or dates");
        }
      }
      return null;
    }

    private static boolean isTaskPatch(AbstractPatchVariablesCmd patch) {
      return patch.getClass().getSimpleName().startsWith("PatchTask");
    }

    private static Check outcomesOnly(String taskId, Map<?, ?> variables) {
      if (variables == null || variables.isEmpty()) {
        return null;
      }
      return context -> {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
          return; // the command itself answers "task not found"
        }
        Set<String> allowed = OUTCOMES.getOrDefault(outcomeTaskOf(task), Set.of());
        for (Object key : variables.keySet()) {
          String name = String.valueOf(key);
          if (!allowed.contains(name)) {
            throw new BadUserRequestException(
                name + ": is not an outcome of this task; it takes only " + sorted(allowed));
          }
        }
        for (Map.Entry<?, ?> variable : variables.entrySet()) {
          String name = String.valueOf(variable.getKey());
          // A VariableMap hands out deserialized values; the typed value is what was sent.
          checkValue(name, variables instanceof VariableMap typed
              ? typed.getValueTyped(name) : variable.getValue());
        }
      };
    }

    /** The contract task whose outcomes a task has: its own id, or the shipped form it shows. */
    private static String outcomeTaskOf(TaskEntity task) {
      String key = task.getTaskDefinitionKey();
      if (OUTCOMES.containsKey(key)) {
        return key;
      }
      if (task.getTaskDefinition() != null) {
        Expression form = task.getTaskDefinition().getCamundaFormDefinitionKey();
        if (form != null) {
          return TASK_OF_FORM.get(form.getExpressionText());
        }
      }
      return null;
    }

    private static void checkValue(String name, Object value) {
      Object plain = value;
      if (value instanceof TypedValue typed) {
        // An untyped value (no type given over REST) is judged by what it holds.
        if (typed.getType() != null && !typed.getType().isPrimitiveValueType()) {
          throw new BadUserRequestException(
              name + ": must be a plain value (text, number, true/false or a date)");
        }
        plain = typed.getValue();
      }
      if (plain == null || plain instanceof Number || plain instanceof Boolean
          || plain instanceof Date) {
        return;
      }
      if (plain instanceof String text) {
        if (text.length() > MAX_TEXT) {
          throw new BadUserRequestException(name + ": at most " + MAX_TEXT + " characters");
        }
        return;
      }
      throw new BadUserRequestException(
          name + ": must be a plain value (text, number, true/false or a date)");
    }

    private static String sorted(Set<String> names) {
      return names.isEmpty() ? "no variables" : String.join(", ", names.stream().sorted().toList());
    }

    private static boolean in(Authentication who, String group) {
      return who.getGroupIds() != null && who.getGroupIds().contains(group);
    }

    private static AuthorizationException refused(Authentication who, String what) {
      return new AuthorizationException(
          "The user '" + who.getUserId() + "' may not " + what + ". Only managers and"
              + " administrators change tasks; staff set their task's outcome when they complete it.");
    }

    /** A command's field: the engine's commands keep their input in protected fields. */
    private static Object read(Object command, Class<?> declaring, String field) {
      try {
        Field f = declaring.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(command);
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        // Fail closed: if an engine upgrade renames the field, nothing passes unchecked.
        throw new IllegalStateException(
            "Fordra cannot check " + command.getClass().getSimpleName() + "." + field, unreadable);
      }
    }
  }
}
