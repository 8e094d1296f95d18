package org.fordra.fees;

import java.util.List;
import org.fordra.ledger.Charge;
import org.fordra.ledger.Credit;
import org.fordra.ledger.Payment;

/**
 * What Fordra booked and sent for one invoice, read once for one computation (a payoff, the claim's
 * facts, the interest line), instead of each of them reading the same rows again: a notice step
 * asks for all three. Never kept beyond that computation, so it cannot go stale.
 */
record InvoiceRecords(
    List<Charge> charges, List<Credit> credits, List<Payment> payments,
    List<WrittenReminder> reminders) {}
