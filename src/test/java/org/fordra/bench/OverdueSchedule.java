package org.fordra.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a round of cases through the whole overdue schedule the way time would: moves the engine
 * clock to the next step's day, lets the job executor fire the timers and run the steps they
 * lead to, and does the collectors' calls in bulk (no contact) when the call tasks appear.
 */
final class OverdueSchedule {

  /** One step: the timer that started it, the jobs the executor ran and how long it took. */
  record Step(String timer, long jobs, long timerJobs, double seconds) {}

  /** The whole walk: the steps, the calls done, and the time spent on each. */
  record Walk(List<Step> steps, int calls, double callSeconds) {
    long jobs() {
      return steps.stream().mapToLong(Step::jobs).sum();
    }

    long timerJobs() {
      return steps.stream().mapToLong(Step::timerJobs).sum();
    }

    double jobSeconds() {
      return steps.stream().mapToDouble(Step::seconds).sum();
    }
  }

  /**
   * Steps fall due at 09:00 in each customer's zone, and the bench's zones are at most an hour
   * apart: two hours after the first, all of the day's steps are due and every customer is within
   * contact hours (08:00 to 20:00 local), so the contact rules let them through at once. (Half a
   * day later, as before the contact rules, would be 20:00 or 21:00 local: every step deferred.)
   */
  private static final long AFTER_FIRST_DUE = TimeUnit.HOURS.toMillis(2);

  private final ManagementService management;
  private final HistoryService history;
  private final TaskService tasks;
  private final JobExecutor jobExecutor;
  private final int workers;

  OverdueSchedule(ProcessEngine engine, int workers) {
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
    this.jobExecutor =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    this.workers = workers;
  }

  /**
   * @param afterStep what to add to each step's line once it is done (the round's database size
   *     and heap so far), so a long round that is stopped early still shows them
   */
  Walk walk(String processKey, String label, Supplier<String> afterStep) throws Exception {
    List<Step> steps = new ArrayList<>();
    int calls = 0;
    double callSeconds = 0;
    while (true) {
      List<Job> next =
          management.createJobQuery().processDefinitionKey(processKey).timers()
              .orderByJobDuedate().asc().listPage(0, 1);
      if (next.isEmpty()) {
        return new Walk(steps, calls, callSeconds);
      }
      String timer =
          management.createJobDefinitionQuery().jobDefinitionId(next.get(0).getJobDefinitionId())
              .singleResult().getActivityId();
      long jobsBefore = successfulJobs(processKey, false);
      long timersBefore = successfulJobs(processKey, true);
      long start = System.nanoTime();
      ClockUtil.setCurrentTime(new Date(next.get(0).getDuedate().getTime() + AFTER_FIRST_DUE));
      jobExecutor.jobWasAdded();
      waitUntilNoJobIsDue(processKey, start);
      double seconds = (System.nanoTime() - start) / 1e9;
      Step step =
          new Step(
              timer,
              successfulJobs(processKey, false) - jobsBefore,
              successfulJobs(processKey, true) - timersBefore,
              seconds);
      steps.add(step);
      System.out.printf(
          "bench | %s %-26s at %s: %,d jobs (%,d timers) in %.1f s = %.0f jobs/s; %s%n",
          label, timer, ClockUtil.getCurrentTime().toInstant(), step.jobs(), step.timerJobs(),
          seconds, step.jobs() / seconds, afterStep.get());
      long callStart = System.nanoTime();
      int done = callEveryone(processKey);
      if (done > 0) {
        double took = (System.nanoTime() - callStart) / 1e9;
        calls += done;
        callSeconds += took;
        System.out.printf(
            "bench | %s calls: %,d CallCustomer tasks completed (NO_CONTACT) in %.1f s = %.0f/s%n",
            label, done, took, done / took);
      }
    }
  }

  private long successfulJobs(String processKey, boolean timersOnly) {
    var query = history.createHistoricJobLogQuery().processDefinitionKey(processKey).successLog();
    if (timersOnly) {
      query.jobDefinitionType(TimerCatchIntermediateEventJobHandler.TYPE);
    }
    return query.count();
  }

  /**
   * Waits until the step's jobs are done. Asking costs the database a scan of the job table, so
   * the bench asks about a hundred times a step (every 100 ms to every 2 s), not ten times a
   * second: at 100,000 invoices that scan would otherwise take a good part of a core from the
   * work measured. A step's end is seen at most 1 % of its time (and at least 100 ms) late.
   */
  private void waitUntilNoJobIsDue(String processKey, long start) throws InterruptedException {
    while (!management.createJobQuery().processDefinitionKey(processKey).executable()
        .listPage(0, 1).isEmpty()) {
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      Thread.sleep(Math.max(100, Math.min(2_000, elapsedMs / 100)));
    }
  }

  /** Completes every open call task as a collector would after an unanswered call. */
  private int callEveryone(String processKey) throws Exception {
    int done = 0;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      while (true) {
        List<Task> open =
            tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey("CallCustomer")
                .listPage(0, 2000);
        if (open.isEmpty()) {
          return done;
        }
        List<Future<?>> completions = new ArrayList<>();
        for (Task task : open) {
          completions.add(
              pool.submit(
                  () ->
                      tasks.complete(
                          task.getId(),
                          Map.of("callOutcome", "NO_CONTACT", "callNotes", "No answer"))));
        }
        for (Future<?> completion : completions) {
          completion.get();
        }
        done += open.size();
      }
    } finally {
      pool.shutdown();
    }
  }
}
