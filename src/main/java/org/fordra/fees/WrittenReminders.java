package org.fordra.fees;

import java.util.List;
import org.fordra.invoice.Invoice;

/**
 * The written reminders sent for an invoice, oldest first: the facts of the claim the law asks
 * about. Implemented by the notices module, which sits above fees (its notices show the fees).
 */
public interface WrittenReminders {

  List<WrittenReminder> sentFor(Invoice invoice);
}
