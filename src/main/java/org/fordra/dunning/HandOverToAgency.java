package org.fordra.dunning;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.dunning.agency.AgencyCase;
import org.fordra.dunning.agency.AgencyHandover;
import org.fordra.invoice.Invoice;
import org.fordra.ledger.InvoiceAccount;
import org.fordra.ledger.InvoiceAccounts;
import org.fordra.invoice.InvoiceStatus;
import org.springframework.stereotype.Component;

/**
 * Passes the claim with its full history to the collection agency. Payments reported later still
 * count: the case stays open here until it is paid or a manager closes it.
 */
@Component("handOverToAgency")
class HandOverToAgency implements JavaDelegate {

  private final Claims claims;
  private final InvoiceAccounts accounts;
  private final AgencyHandover agency;
  private final AuditTrail audit;
  private final ContactHours contactHours;
  private final Clock clock;
  private final DunningLadder ladder;

  HandOverToAgency(
      Claims claims,
      InvoiceAccounts accounts,
      AgencyHandover agency,
      AuditTrail audit,
      ContactHours contactHours,
      Clock clock,
      DunningLadder ladder) {
    this.claims = claims;
    this.accounts = accounts;
    this.agency = agency;
    this.audit = audit;
    this.contactHours = contactHours;
    this.clock = clock;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Invoice invoice = claims.of(execution);
    InvoiceAccount account = accounts.of(invoice);
    Customer customer = invoice.getCustomer();
    agency.handOver(
        new AgencyCase(
            invoice.getNumber(),
            invoice.getIssueDate(),
            invoice.getDueDate(),
            invoice.currency().getCurrencyCode(),
            account.principal().toString(),
            account.paid().toString(),
            account.balance().toString(),
            new AgencyCase.Debtor(
                customer.getName(),
                customer.getType().name(),
                customer.getCountry(),
                customer.getLanguage(),
                customer.getEmail(),
                customer.getPhone()),
            account.charges().stream()
                .map(c -> new AgencyCase.Line(
                    c.getType().name(), c.amount().toString(), c.getBasis(), c.getChargedOn()))
                .toList(),
            audit.of(invoice.getNumber()).stream()
                .map(e -> new AgencyCase.Contact(e.getAt(), e.getAction(), e.getDetail()))
                .toList(),
            clock.instant()));
    claims.changeStatus(invoice, InvoiceStatus.WITH_AGENCY, "handed over to the collection agency");
    int reviewDays = ladder.days(execution, ScheduleSettings.AGENCY_REVIEW_DAYS);
    execution.setVariable(
        CollectionsProcess.VAR_AGENCY_REVIEW_AT,
        contactHours.daysFromToday(reviewDays, customer.timeZone()));
  }
}
