-- A credit note from the books is booked once: its own number makes the same row sent again
-- "unchanged". Credits Fordra makes itself (dispute, write-off, settlement) have none.
alter table credit add column credit_number varchar(64);
create unique index credit_number_idx on credit (credit_number);
