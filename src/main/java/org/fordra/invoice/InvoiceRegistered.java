package org.fordra.invoice;

import org.fordra.customer.CustomerType;

/** A new invoice was stored; listeners run in the registering transaction. */
public record InvoiceRegistered(String number, Long invoiceId, CustomerType customerType) {}
