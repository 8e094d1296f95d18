package org.fordra.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/**
 * Where no statute above applies (US consumers, whose late charges are a matter of the contract
 * and state law; consumers in the EU outside DE/NL/SE/NO; everyone elsewhere): only what the
 * contract says, the customer's own terms or else the default terms of the settings, and never
 * above the configured caps. Interest from the day after the due date; the late fee once per
 * invoice, once the invoice is late.
 */
class ContractTermsOnly implements Jurisdiction {

  static final String INTEREST = "contract terms: late interest";
  static final String LATE_FEE = "contract terms: late fee";

  private final FeeSettings settings;
  private final String name;

  ContractTermsOnly(FeeSettings settings, String name) {
    this.settings = settings;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    BigDecimal agreed = claim.terms().interestPercent() != null
        ? claim.terms().interestPercent() : settings.contractInterestPercent();
    BigDecimal percent = agreed.min(settings.maxContractInterestPercent());
    if (percent.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        InterestTerms.fixed(
            claim.dueDate().plusDays(1),
            percent,
            INTEREST + " " + percent.stripTrailingZeros().toPlainString() + " % a year"));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    BigDecimal agreed = claim.terms().lateFee() != null
        ? claim.terms().lateFee() : settings.contractLateFee();
    BigDecimal fee = agreed.min(settings.maxContractLateFee());
    if (fee.signum() <= 0
        || !on.isAfter(claim.dueDate())
        || claim.booked(ChargeType.FIXED_COMPENSATION) > 0) {
      return List.of();
    }
    return List.of(
        new Allowance(
            ChargeType.FIXED_COMPENSATION, Money.rounded(fee, claim.currency()), LATE_FEE));
  }
}
