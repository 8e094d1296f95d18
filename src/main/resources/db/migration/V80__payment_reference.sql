-- The structured reference a payer quotes (RF creditor reference, Swedish OCR, Norwegian KID,
-- Dutch betalingskenmerk): bank statements are matched by it. Unique: one reference, one invoice.
alter table invoice add column payment_reference varchar(35);
create unique index invoice_payment_reference_idx on invoice (payment_reference);
