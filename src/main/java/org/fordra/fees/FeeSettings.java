package org.fordra.fees;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The creditor's own facts the law refers to, from configuration ({@code fordra.fees.*}). The
 * law's own amounts are not settings: the Norwegian inkassosats, by the day a notice is sent, is
 * {@link Inkassosats}.
 *
 * @param receiptDays days from sending a notice to its presumed receipt; letters are presumed
 *     received later than e-mails, so the cautious default is 2 (a deadline never starts early)
 * @param deReminderActualCost what one German reminder actually costs the creditor (paper,
 *     postage), the only reminder fee BGH VIII ZR 95/18 allows; 0 charges none
 * @param nlVatNotDeductible the creditor declares it cannot deduct VAT, so WIK costs carry VAT
 * @param nlVatPercent Dutch VAT on collection costs where they carry it
 * @param contractInterestPercent yearly late interest agreed in the default contract terms, where
 *     no statute applies (0: none)
 * @param contractLateFee one-off late fee of the default contract terms (0: none)
 * @param maxContractInterestPercent the cap no contract rate may exceed
 * @param maxContractLateFee the cap no contract late fee may exceed
 */
@ConfigurationProperties("fordra.fees")
public record FeeSettings(
    @DefaultValue("2") int receiptDays,
    @DefaultValue("0") BigDecimal deReminderActualCost,
    @DefaultValue("false") boolean nlVatNotDeductible,
    @DefaultValue("21") BigDecimal nlVatPercent,
    @DefaultValue("0") BigDecimal contractInterestPercent,
    @DefaultValue("0") BigDecimal contractLateFee,
    @DefaultValue("10") BigDecimal maxContractInterestPercent,
    @DefaultValue("25") BigDecimal maxContractLateFee) {

  public static FeeSettings defaults() {
    return new FeeSettings(
        2,
        BigDecimal.ZERO,
        false,
        new BigDecimal("21"),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal("10"),
        new BigDecimal("25"));
  }
}
