-- How each customer wants notices: by e-mail, as a printed letter, or both. Existing customers
-- keep getting e-mail, which is all Fordra sent before.
alter table customer add column delivery varchar(20) default 'EMAIL' not null;

-- Where a letter goes. Optional: a customer who only gets e-mail needs none.
alter table customer add column postal_address varchar(500);
