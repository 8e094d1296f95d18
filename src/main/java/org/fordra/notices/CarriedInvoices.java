package org.fordra.notices;

import java.util.List;
import org.fordra.invoice.Invoice;

/**
 * The customer's other invoices whose notice of a kind rides along with one invoice's notice
 * (several overdue invoices in the same week get one notice). Decided by the process side
 * (dunning.contact.CombinedNotices), which sits above notices.
 */
public interface CarriedInvoices {

  /** The other invoices the notice must list beside its own, oldest decision first; may be empty. */
  List<Invoice> alsoCovered(Invoice carrier, NoticeKind kind);
}
