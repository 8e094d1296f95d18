package org.fordra.dunning.preaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerType;
import org.junit.jupiter.api.Test;

/** Para 1.1 of the Pre-Action Protocol for Debt Claims: whom it protects. */
class PreActionProtocolTest {

  static Customer customer(String country, CustomerType type, boolean soleTrader, String region) {
    Customer c =
        new Customer("A", type, country, "en", "a@example.org", null, ZoneId.of("Europe/London"),
            Instant.EPOCH);
    c.recordStanding(soleTrader, region);
    return c;
  }

  @Test
  void anIndividualOrASoleTraderInEnglandAndWalesIsProtected() {
    assertThat(PreActionProtocol.protects(customer("GB", CustomerType.CONSUMER, false, null))).isTrue();
    assertThat(PreActionProtocol.protects(customer("GB", CustomerType.BUSINESS, true, null))).isTrue();
    assertThat(PreActionProtocol.protects(customer("UK", CustomerType.CONSUMER, false, "GB-WLS"))).isTrue();
  }

  @Test
  void aCompanyScotlandNorthernIrelandAndOtherCountriesAreNot() {
    assertThat(PreActionProtocol.protects(customer("GB", CustomerType.BUSINESS, false, null))).isFalse();
    assertThat(PreActionProtocol.protects(customer("GB", CustomerType.CONSUMER, false, "GB-SCT"))).isFalse();
    assertThat(PreActionProtocol.protects(customer("GB", CustomerType.CONSUMER, false, "GB-NIR"))).isFalse();
    assertThat(PreActionProtocol.protects(customer("DE", CustomerType.CONSUMER, false, null))).isFalse();
  }
}
