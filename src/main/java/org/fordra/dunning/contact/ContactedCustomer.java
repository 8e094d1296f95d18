package org.fordra.dunning.contact;

import java.time.ZoneId;
import java.util.Locale;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;

/**
 * What the contact rules need to know about a customer: where they live (country, ISO 3166-2
 * region where recorded) and who they are.
 */
public record ContactedCustomer(String country, ZoneId zone, boolean consumer, String region) {

  public ContactedCustomer {
    country = country == null ? "" : country.toUpperCase(Locale.ROOT);
    region = region == null ? "" : region.toUpperCase(Locale.ROOT);
  }

  /** A customer whose region is not recorded. */
  public ContactedCustomer(String country, ZoneId zone, boolean consumer) {
    this(country, zone, consumer, null);
  }

  public static ContactedCustomer of(Customer customer) {
    return new ContactedCustomer(
        customer.getCountry(),
        customer.timeZone(),
        customer.getType() == CustomerType.CONSUMER,
        customer.getRegion());
  }

  /**
   * 940 CMR 7.00 (Massachusetts creditor debt collection regulations) protects a natural person
   * owing a consumer debt who lives in Massachusetts.
   */
  public boolean underMassachusettsRules() {
    return consumer && "US-MA".equals(region);
  }

  /** Regulation F (12 CFR part 1006) protects consumers in the United States. */
  public boolean underRegulationF() {
    return consumer && "US".equals(country);
  }
}
