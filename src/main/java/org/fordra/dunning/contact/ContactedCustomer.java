package org.fordra.dunning.contact;

import java.time.ZoneId;
import java.util.Locale;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;

/** What the contact rules need to know about a customer: where they live and who they are. */
public record ContactedCustomer(String country, ZoneId zone, boolean consumer) {

  public ContactedCustomer {
    country = country == null ? "" : country.toUpperCase(Locale.ROOT);
  }

  public static ContactedCustomer of(Customer customer) {
    return new ContactedCustomer(
        customer.getCountry(), customer.timeZone(), customer.getType() == CustomerType.CONSUMER);
  }

  /** Regulation F (12 CFR part 1006) protects consumers in the United States. */
  public boolean underRegulationF() {
    return consumer && "US".equals(country);
  }
}
