-- One definition of an invoice's balance, read by the dashboard, the invoice list and the aging
-- report (InvoiceAccount computes the same sums in Java for the one invoice it reads).
--
-- ledger_entry: every booking on an invoice's account, signed as it moves the balance. A payment
-- counts until the bank reverses it (reversed_on); the aging report reads the entries as of a day.
create view ledger_entry (invoice_id, kind, booked_on, reversed_on, amount) as
  select invoice_id, 'CHARGE', charged_on, cast(null as date), amount from charge
  union all
  select invoice_id, 'CREDIT', credited_on, cast(null as date), -amount from credit
  union all
  select invoice_id, 'PAYMENT', paid_on, reversed_on, -amount from payment;

-- invoice_balance: each invoice as booked today.
--   booked_principal = principal less credits and payments (what the dashboard and aging owe)
--   balance          = booked_principal plus charges (the invoice list's "booked balance")
-- Interest to date is never booked, so it is in neither: the invoice page adds it.
create view invoice_balance (invoice_id, currency, principal, booked_principal, balance) as
  select i.id, i.currency, i.principal,
         i.principal + coalesce((select sum(e.amount) from ledger_entry e
                                 where e.invoice_id = i.id and e.kind <> 'CHARGE'
                                   and e.reversed_on is null), 0),
         i.principal + coalesce((select sum(e.amount) from ledger_entry e
                                 where e.invoice_id = i.id and e.reversed_on is null), 0)
  from invoice i;
