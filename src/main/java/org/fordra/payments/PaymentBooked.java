package org.fordra.payments;

import java.time.LocalDate;
import org.fordra.money.Money;

/**
 * Money was booked to an invoice ({@code applied}: what its balance took, never the surplus kept
 * on account). Published inside the booking's transaction, so what listens in it commits or rolls
 * back with the payment.
 */
public record PaymentBooked(
    String invoiceNumber, Money applied, LocalDate paidOn, String reference) {}
