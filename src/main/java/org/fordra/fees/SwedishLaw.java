package org.fordra.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fordra.ledger.ChargeType;

/**
 * Sweden.
 *
 * <ul>
 *   <li>Dröjsmålsränta: referensränta + 8 points (räntelagen (1975:635) 6 §), the reference rate
 *       of each calendar half-year (9 §), from the day after the due date.
 *   <li>Påminnelseavgift: at most SEK 60 per written reminder (lagen (1981:739) om ersättning för
 *       inkassokostnader m.m. 2 §, förordningen (1981:1057) 2 §), and only where it was agreed
 *       before the debt arose; a fee the customer never agreed to is never charged.
 *   <li>Förseningsersättning SEK 450 from a business debtor (4 a § of that law, inserted by
 *       SFS 2013:38, implementing art. 6 of Directive 2011/7/EU), once per invoice; it takes the
 *       place of reminder and collection fees, so a business is charged no reminder fee.
 *   <li>The fixed amounts are in kronor without a conversion rule: charged on SEK invoices only.
 * </ul>
 */
class SwedishLaw implements Jurisdiction {

  static final String SERIES = "SE_REFERENSRANTA";
  static final String INTEREST = "6 § räntelagen (1975:635): referensränta + 8 procentenheter";
  static final String REMINDER =
      "2 § lagen (1981:739) om ersättning för inkassokostnader m.m., 2 § förordningen (1981:1057)";
  static final String DELAY = "4 a § lagen (1981:739) om ersättning för inkassokostnader m.m.";

  @Override
  public String name() {
    return "SE (räntelagen, inkassokostnadslagen)";
  }

  @Override
  public Optional<InterestTerms> interest(Claim claim) {
    return Optional.of(InterestTerms.seriesPlus(claim.dueDate().plusDays(1), SERIES, "8", INTEREST));
  }

  @Override
  public List<Allowance> allowed(FeeOccasion occasion, LocalDate on, Claim claim) {
    if (!claim.isIn("SEK") || !on.isAfter(claim.dueDate())) {
      return List.of();
    }
    if (claim.isBusiness()) {
      return claim.booked(ChargeType.FIXED_COMPENSATION) == 0
          ? List.of(new Allowance(ChargeType.FIXED_COMPENSATION, claim.money("450"), DELAY))
          : List.of();
    }
    if (occasion.isWrittenReminder() && claim.terms().feesAgreed()) {
      return List.of(new Allowance(ChargeType.REMINDER_FEE, claim.money("60"), REMINDER));
    }
    return List.of();
  }
}
