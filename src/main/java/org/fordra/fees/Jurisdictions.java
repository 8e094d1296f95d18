package org.fordra.fees;

import org.fordra.customer.CustomerType;
import org.springframework.stereotype.Component;

/** Which law decides a customer's interest and charges: by country, then business or consumer. */
@Component
public class Jurisdictions {

  private final GermanLaw germany;
  private final DutchLaw netherlands;
  private final SwedishLaw sweden;
  private final NorwegianLaw norway;
  private final UkLatePaymentAct unitedKingdom;
  private final EuLatePaymentDirective europeanUnion;
  private final ContractTermsOnly usConsumers;
  private final ContractTermsOnly elsewhere;

  public Jurisdictions(FeeSettings settings, ReferenceRates rates) {
    this.germany = new GermanLaw(settings);
    this.netherlands = new DutchLaw(settings);
    this.sweden = new SwedishLaw();
    this.norway = new NorwegianLaw(rates);
    this.unitedKingdom = new UkLatePaymentAct();
    this.europeanUnion = new EuLatePaymentDirective(settings);
    this.usConsumers = new ContractTermsOnly(settings, "US consumer (contract terms)");
    this.elsewhere = new ContractTermsOnly(settings, "contract terms");
  }

  public Jurisdiction of(String country, CustomerType type) {
    boolean business = type == CustomerType.BUSINESS;
    return switch (country) {
      case "DE" -> germany;
      case "NL" -> netherlands;
      case "SE" -> sweden;
      case "NO" -> norway;
      case "GB", "UK" -> business ? unitedKingdom : elsewhere;
      case "US" -> business ? elsewhere : usConsumers;
      // A business elsewhere in the EU: the directive's floor. A business outside the EU (and
      // outside the countries above) has no statute here: the contract's terms.
      default ->
          business && EuLatePaymentDirective.MEMBER_STATES.contains(country)
              ? europeanUnion
              : elsewhere;
    };
  }
}
