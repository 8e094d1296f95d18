-- Fees and interest (issue 3): what the customer agreed to in advance, what the invoice said.

-- The customer agreed in advance to the fees the law allows only where agreed (e.g. the Swedish
-- påminnelseavgift); the contract's own late fee and yearly interest rate where no statute applies.
alter table customer add column fees_agreed boolean default false not null;
alter table customer add column contract_late_fee numeric(19,4);
alter table customer add column contract_interest_percent numeric(9,4);

-- The invoice told a German consumer that default follows 30 days after due date and receipt
-- (§ 286(3) BGB); an early-payment discount (e.g. 2 % within 10 days of the issue date).
alter table invoice add column default_notice_on_invoice boolean default false not null;
alter table invoice add column discount_percent numeric(5,2);
alter table invoice add column discount_days integer;
