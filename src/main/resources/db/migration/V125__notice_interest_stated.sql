-- The late interest a notice stated, as printed (null where it stated none, or only that
-- interest accrues because a rate was missing). When the booked balance is paid while that
-- interest is not, the case stays open for it or writes it off by rule (payments/StatedInterest).
alter table notice add column interest_stated numeric(19,4);
