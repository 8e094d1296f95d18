-- The notice outbox (issue 15): a notice is stored in its step's transaction as PENDING and sent
-- after the commit by notices/NoticeDispatcher, which claims it (SENDING until claimed_until),
-- sends it with the stored Message-ID and marks it SENT (dispatched_at) or gives it its next try
-- (next_attempt_at); after the last try it is FAILED. Notices stored before this were sent with
-- their step: they are SENT at their sent_at. sent_at stays the notice's date (the date it
-- bears and the law counts from); dispatched_at is when it was handed to the mail server or
-- the print outbox. mail_text is the e-mail's plain-text alternative, kept to compose the mail.
alter table notice add column dispatch_state varchar(10) default 'SENT' not null;
alter table notice add column message_id varchar(250);
alter table notice add column mail_text text;
alter table notice add column attempts integer default 0 not null;
alter table notice add column next_attempt_at timestamp with time zone;
alter table notice add column claimed_until timestamp with time zone;
alter table notice add column dispatched_at timestamp with time zone;
alter table notice add column last_error varchar(1000);
update notice set dispatched_at = sent_at;
create index notice_dispatch_idx on notice (dispatch_state, next_attempt_at);
