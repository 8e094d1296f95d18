package org.fordra.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.fees.WorkedExamples.day;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.invoice.InvoiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code fordra.interest.write-off-below.EUR=5.00}, unpaid interest a notice stated below
 * EUR 5.00 is written off when the booked balance is paid, with an audit line saying how much and
 * why; other currencies write off nothing. The ladder of {@link ChargesOnTheLadderTest}: a German
 * business invoice of EUR 1,000.00, due (agreed) Monday 2 February 2026.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FeesScenario.class)
@TestPropertySource(properties = "fordra.interest.write-off-below.EUR=5.00")
class InterestWriteOffTest {

  @Autowired FeesScenario scenario;
  @Autowired AuditTrail audit;

  @Test
  void interestBelowTheConfiguredAmountIsWrittenOffWithAnAuditLineAndTheCaseEndsPaid() {
    ProcessInstance invoice = scenario.germanBusinessLadderUntil(day(2026, 2, 27));
    // Reminder 2 of 16 February stated 3 .. 16 February: 14 days at 1.27 + 9 = 10.27 %
    // (§ 288(2) BGB): 1000 x 10.27 x 14 / 36500 = 3.94, below EUR 5.00.
    scenario.pay(invoice, "1040.00", day(2026, 2, 27));
    scenario.runDueJobs(invoice);

    assertThat(scenario.invoice(invoice).getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(scenario.charges(invoice)).containsExactly("FIXED_COMPENSATION 40.00 2026-02-05");
    assertThat(audit.of(invoice.getBusinessKey()))
        .filteredOn(e -> e.getAction().equals("INTEREST_WRITTEN_OFF"))
        .singleElement()
        .extracting(AuditEntry::getDetail)
        .satisfies(d -> assertThat(d)
            .startsWith("EUR 3.94 of late interest stated in the REMINDER_2 of 2026-02-16")
            .contains("written off, below fordra.interest.write-off-below.EUR = 5.00")
            // 3 .. 26 February, 24 days: 1000 x 10.27 x 24 / 36500 = 6.75; 6.75 - 3.94 = 2.81.
            .contains("EUR 2.81 accrued since that notice is not claimed"));
    BpmnAwareTests.assertThat(invoice).isEnded();
  }
}
