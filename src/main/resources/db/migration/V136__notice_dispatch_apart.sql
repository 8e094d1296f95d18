-- The outbox's state in a table of its own (issue 15): claiming and marking a notice (V135) updated
-- the notice row two or three times after it was stored, and H2 keeps the stored copy (content,
-- the HTML or PDF) inline in that row and writes the whole row again on each update: the H2 file
-- grew 2.6 MB per invoice (docs/benchmark.md). Now the notice row is written once; its dispatch row
-- (a few small columns) takes the updates. mail_text stays with the notice: written once with it,
-- and erased with it. A notice with no dispatch row is on record as sent at its sent_at.
create table notice_dispatch (
  notice_id        bigint      not null primary key references notice (id) on delete cascade,
  state            varchar(10) not null,
  message_id       varchar(250),
  attempts         integer     default 0 not null,
  next_attempt_at  timestamp with time zone,
  claimed_until    timestamp with time zone,
  dispatched_at    timestamp with time zone,
  last_error       varchar(1000)
);
insert into notice_dispatch
  (notice_id, state, message_id, attempts, next_attempt_at, claimed_until, dispatched_at, last_error)
  select id, dispatch_state, message_id, attempts, next_attempt_at, claimed_until, dispatched_at,
         last_error
  from notice;
drop index notice_dispatch_idx;
alter table notice drop column dispatch_state;
alter table notice drop column message_id;
alter table notice drop column attempts;
alter table notice drop column next_attempt_at;
alter table notice drop column claimed_until;
alter table notice drop column dispatched_at;
alter table notice drop column last_error;
create index notice_dispatch_due_idx on notice_dispatch (state, next_attempt_at);
