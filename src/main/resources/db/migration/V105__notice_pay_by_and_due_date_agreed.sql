-- The last day to pay a notice gave, as printed: Norwegian reminder fees depend on it
-- (inkassoforskriften §§ 1-2, 1-3: at least 14 days to pay; a second fee only after the first
-- deadline was overstepped). Null for notices sent before this column existed and for notices
-- without a deadline.
alter table notice add column pay_by date;

-- Whether the due date was agreed in the contract (§ 286(2) Nr. 1 BGB; Directive 2011/7/EU
-- art. 3(3)(a)). False, the safe reading: default only 30 days after due date and receipt.
alter table invoice add column due_date_agreed boolean default false not null;
