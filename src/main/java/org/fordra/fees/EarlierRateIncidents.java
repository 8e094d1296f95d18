package org.fordra.fees;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, moves the {@link MissingReferenceRate#INCIDENT_TYPE} incidents an earlier release
 * raised (one per case and notice, none of which Cockpit could retry) onto the list of missing
 * rates, one entry per series and half-year, and resolves them: Cockpit then shows only what it
 * can act on. Each incident is looked up before it is resolved, as the engine resolves an
 * incident's twin up a call activity along with it.
 */
@Component
@Order(1)
public class EarlierRateIncidents implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EarlierRateIncidents.class);

  private final RuntimeService runtime;
  private final MissingRates missing;
  private final TransactionTemplate transaction;

  EarlierRateIncidents(RuntimeService runtime, MissingRates missing, TransactionTemplate transaction) {
    this.runtime = runtime;
    this.missing = missing;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    moveToTheList();
  }

  /** Moves every such incident; how many it resolved. */
  public int moveToTheList() {
    int moved = 0;
    for (int round = 0; round < 1000; round++) {
      List<Incident> page = runtime.createIncidentQuery()
          .incidentType(MissingReferenceRate.INCIDENT_TYPE).listPage(0, 100);
      if (page.isEmpty()) {
        break;
      }
      try {
        moved += transaction.execute(status -> {
        int done = 0;
        for (Incident incident : page) {
          if (runtime.createIncidentQuery().incidentId(incident.getId()).count() == 0) {
            continue;
          }
          MissingReferenceRate.in(incident.getIncidentMessage()).ifPresent(rate ->
              missing.noticed(rate, incident.getConfiguration() == null ? "?" : incident.getConfiguration()));
          runtime.resolveIncident(incident.getId());
          done++;
        }
        return done;
        });
      } catch (RuntimeException failed) {
        // Never keep Fordra from starting over this: the incidents stay, adding the rate resolves them.
        log.warn("Could not move the missing-rate incidents of an earlier release: {}", failed.getMessage());
        break;
      }
    }
    if (moved > 0) {
      log.info("Moved {} missing-rate incident(s) of an earlier release to the list of missing rates"
          + " (dashboard, /reference-rates)", moved);
    }
    return moved;
  }
}
