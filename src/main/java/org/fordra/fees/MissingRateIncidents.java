package org.fordra.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.springframework.stereotype.Component;

/**
 * The cases that stopped or warned on a missing reference rate, set going once it is added: a
 * step that failed on the rate (say a Norwegian standardkompensasjon) gets a retry, which the job
 * executor runs at once; a {@link MissingReferenceRate#INCIDENT_TYPE} incident an earlier release
 * raised on a case is resolved when the invoice's interest can now be stated to the cent.
 */
@Component
class MissingRateIncidents {

  /** Engine queries are paged (the query result limit refuses unbounded lists). */
  private static final int PAGE = 500;

  private final RuntimeService runtime;
  private final ManagementService management;
  private final InvoiceRepository invoices;
  private final Payoffs payoffs;
  private final AuditTrail audit;
  private final Clock clock;

  MissingRateIncidents(
      RuntimeService runtime,
      ManagementService management,
      InvoiceRepository invoices,
      Payoffs payoffs,
      AuditTrail audit,
      Clock clock) {
    this.runtime = runtime;
    this.management = management;
    this.invoices = invoices;
    this.payoffs = payoffs;
    this.audit = audit;
    this.clock = clock;
  }

  CasesResumed resumeCasesWaitingFor(ReferenceRates.Rate rate) {
    Set<String> resumed = new TreeSet<>();
    String added =
        rate.series() + " " + rate.percent().toPlainString() + " for " + rate.from() + " to "
            + rate.to() + " added";
    int resolved = 0;
    Map<String, Boolean> known = new HashMap<>();
    for (Incident incident : missingRateIncidents()) {
      String number = incident.getConfiguration();
      if (number == null || !known.computeIfAbsent(number, this::interestNowKnown)) {
        continue;
      }
      // The engine may already have removed this incident with another one: resolving an
      // incident takes its execution's other incidents along, and its twin up a payment plan's
      // call activity. Resolving a removed one would throw inside this transaction and mark it
      // for rollback, undoing the rate itself (the 500 of issue 13): look before resolving.
      if (!stillOpen(incident)) {
        continue;
      }
      runtime.resolveIncident(incident.getId());
      resolved++;
      if (resumed.add(number)) {
        audit.record(number, "RATE_ADDED", added + ": interest can be stated again");
      }
    }
    int retried = 0;
    for (Job job : jobsFailedOnAMissingRate(rate)) {
      if (management.createJobQuery().jobId(job.getId()).noRetriesLeft().count() == 0) {
        continue;
      }
      management.setJobRetries(job.getId(), 1);
      retried++;
      String number = businessKeyOf(job);
      if (number != null && resumed.add(number)) {
        audit.record(number, "RATE_ADDED", added + ": the failed step runs again");
      }
    }
    return new CasesResumed(List.copyOf(resumed), resolved, retried);
  }

  private boolean stillOpen(Incident incident) {
    return runtime.createIncidentQuery().incidentId(incident.getId()).count() > 0;
  }

  private List<Incident> missingRateIncidents() {
    List<Incident> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Incident> page =
          runtime.createIncidentQuery()
              .incidentType(MissingReferenceRate.INCIDENT_TYPE)
              .orderByIncidentTimestamp()
              .asc()
              .listPage(first, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  private List<Job> jobsFailedOnAMissingRate(ReferenceRates.Rate rate) {
    List<Job> failed = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Job> page =
          management.createJobQuery().noRetriesLeft().orderByJobId().asc().listPage(first, PAGE);
      page.stream()
          .filter(job -> job.getExceptionMessage() != null)
          .filter(job -> MissingReferenceRate.dayMissing(job.getExceptionMessage(), rate.series())
              .filter(rate::covers)
              .isPresent())
          .forEach(failed::add);
      if (page.size() < PAGE) {
        return failed;
      }
    }
  }

  private boolean interestNowKnown(String number) {
    return invoices
        .findByNumber(number)
        .map(invoice -> !payoffs.asOfForNotice(invoice, today(invoice)).interestPending())
        .orElse(true);
  }

  private LocalDate today(Invoice invoice) {
    return LocalDate.now(clock.withZone(invoice.getCustomer().timeZone()));
  }

  private String businessKeyOf(Job job) {
    if (job.getProcessInstanceId() == null) {
      return null;
    }
    var instance =
        runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
