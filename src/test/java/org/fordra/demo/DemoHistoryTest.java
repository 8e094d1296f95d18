package org.fordra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.fordra.customer.CustomerRepository;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.invoice.InvoiceStatus;
import org.fordra.notices.NoticeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A newcomer who starts the demo finds work waiting: calls for the collectors, a dispute for
 * sales, an escalation for the managers, and invoices at every stage with their history.
 */
@SpringBootTest(properties = "fordra.demo.enabled=true")
@ActiveProfiles("test")
class DemoHistoryTest {

  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired InvoiceRepository invoices;
  @Autowired NoticeRepository notices;
  @Autowired CustomerRepository customers;

  @Test
  void theDemoStartsWithWorkForEveryone() {
    assertThat(tasks.createTaskQuery().taskDefinitionKey("CallCustomer").taskCandidateGroup("collectors").count())
        .isGreaterThanOrEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("ReviewDispute").taskCandidateGroup("sales").count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("DecideEscalation").taskCandidateGroup("managers").count())
        .isEqualTo(1);
  }

  @Test
  void theDemoHasInvoicesAtDifferentStagesWithTheirNotices() {
    assertThat(invoices.findAll())
        .extracting(i -> i.getStatus())
        .contains(InvoiceStatus.OPEN, InvoiceStatus.PAID, InvoiceStatus.DISPUTED, InvoiceStatus.IN_PAYMENT_PLAN);
    assertThat(customers.findAll())
        .extracting(c -> c.getCountry())
        .contains("SE", "NO", "NL", "DE", "GB", "US");
    assertThat(notices.count()).isGreaterThan(10);
  }

  @Test
  void theDemoUsersOfTheContractExist() {
    assertThat(identity.checkPassword("collector", "collector")).isTrue();
    assertThat(identity.checkPassword("sales", "sales")).isTrue();
    assertThat(identity.checkPassword("manager", "manager")).isTrue();
    assertThat(identity.checkPassword("admin", "admin")).isTrue();
    assertThat(identity.createUserQuery().memberOfGroup("collectors").userId("collector").count()).isOne();
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
  }
}
