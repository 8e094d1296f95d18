package org.fordra.dunning.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.fordra.dunning.CollectionsProcess;
import org.fordra.dunning.CollectionsScenario;
import org.fordra.dunning.DunningStep;
import org.fordra.invoice.Invoice;
import org.fordra.testing.FordraTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contact let through counts against the weekly cap at once, and an allowance row is written
 * for it only when its notice is not stored in the same transaction: a notice step leaves its
 * notice on record instead, a call step its allowance until the call is logged.
 */
@FordraTest
class ContactsLetThroughTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final LocalDate DUE = LocalDate.of(2026, 4, 1);

  @Autowired CollectionsScenario scenario;
  @Autowired ContactAllowances allowances;
  @Autowired ContactsLetThrough letThrough;
  @Autowired CustomerContacts contacts;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void start() {
    scenario.today(ISSUED);
  }

  List<String> allowedSteps(Invoice invoice) {
    return allowances.findAll().stream()
        .filter(allowance -> allowance.getInvoiceId().equals(invoice.getId()))
        .map(ContactAllowance::getStep)
        .toList();
  }

  @Test
  void aNoticeStepWritesNoAllowanceItsNoticeCountsInstead() {
    Customer customer = scenario.customer("DE", CollectionsScenario.BERLIN, CustomerType.BUSINESS);
    ProcessInstance instance = scenario.register(customer, "1000.00", ISSUED, DUE);

    scenario.runUntil(LocalDate.of(2026, 3, 25), instance);

    Invoice invoice = scenario.invoice(instance);
    assertThat(allowedSteps(invoice)).isEmpty();
    ContactHistory history =
        transaction.execute(
            status -> contacts.since(customer.getId(), scenario.now().minus(7, ChronoUnit.DAYS)));
    assertThat(history.contacts()).as("the pre-due reminder, on record").hasSize(1);
  }

  @Test
  void aCallStepWritesItsAllowanceWhileTheCallIsOpen() {
    Customer customer = scenario.customer("DE", CollectionsScenario.BERLIN, CustomerType.BUSINESS);
    ProcessInstance instance = scenario.register(customer, "1000.00", ISSUED, DUE);

    scenario.runUntil(LocalDate.of(2026, 4, 8), instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt(CollectionsProcess.TASK_CALL_CUSTOMER);
    assertThat(allowedSteps(scenario.invoice(instance))).containsExactly(DunningStep.CALL.name());
  }

  @Test
  void aContactCountsInItsOwnTransactionBeforeItsAllowanceIsWrittenAtTheCommit() {
    Customer customer = scenario.customer("DE", CollectionsScenario.BERLIN, CustomerType.BUSINESS);
    Invoice invoice = scenario.invoice(scenario.register(customer, "1000.00", ISSUED, DUE));
    Instant now = scenario.now();

    transaction.executeWithoutResult(
        status -> {
          letThrough.allow(
              new ContactAllowance(customer.getId(), invoice.getId(), DunningStep.CALL.name(), now));
          assertThat(allowedSteps(invoice)).as("not written yet").isEmpty();
          assertThat(contacts.since(customer.getId(), now.minusSeconds(60)).contacts())
              .as("counted by the next gate of this transaction")
              .containsExactly(now);
        });

    assertThat(allowedSteps(invoice)).as("written at the commit").containsExactly("CALL");
  }

  @Test
  void aRolledBackContactLeavesNothing() {
    Customer customer = scenario.customer("DE", CollectionsScenario.BERLIN, CustomerType.BUSINESS);
    Invoice invoice = scenario.invoice(scenario.register(customer, "1000.00", ISSUED, DUE));

    transaction.executeWithoutResult(
        status -> {
          letThrough.allow(
              new ContactAllowance(
                  customer.getId(), invoice.getId(), DunningStep.CALL.name(), scenario.now()));
          status.setRollbackOnly();
        });

    assertThat(allowedSteps(invoice)).isEmpty();
    List<ContactAllowance> pendingAfter = transaction.execute(status -> letThrough.pending());
    assertThat(pendingAfter).as("nothing left for the next transaction").isEmpty();
  }
}
