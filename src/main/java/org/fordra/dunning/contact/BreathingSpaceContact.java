package org.fordra.dunning.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fordra.breathingspace.Moratoria;
import org.fordra.customer.Customer;
import org.springframework.stereotype.Component;

/**
 * No contact while a moratorium protects the customer: SI 2020/1311 reg. 7 and reg. 11 bar the
 * creditor from contacting the debtor to ask for payment during the moratorium period, whatever
 * the channel (notice, letter, call). A contact falling in one waits for the first contact hour
 * after it in the customer's time zone.
 */
@Component
class BreathingSpaceContact {

  private final Moratoria moratoria;
  private final ContactPolicy policy;

  BreathingSpaceContact(Moratoria moratoria, ContactPolicy policy) {
    this.moratoria = moratoria;
    this.policy = policy;
  }

  ContactMoment after(ContactMoment moment, Customer customer) {
    LocalDate day = moment.at().atZone(customer.timeZone()).toLocalDate();
    Optional<LocalDate> until = moratoria.barredUntil(customer.getId(), day);
    if (until.isEmpty()) {
      return moment;
    }
    ContactMoment afterwards =
        policy.firstContactHour(
            until.get().atStartOfDay(customer.timeZone()).toInstant(),
            ContactedCustomer.of(customer));
    List<String> reasons = new ArrayList<>(moment.deferredBecause());
    reasons.add("a Breathing Space moratorium protects the customer: no contact before "
        + until.get() + " (SI 2020/1311 regs. 7, 11)");
    reasons.addAll(afterwards.deferredBecause());
    return new ContactMoment(afterwards.at(), reasons);
  }
}
