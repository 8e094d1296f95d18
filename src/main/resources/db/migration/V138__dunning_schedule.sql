-- A case's dunning schedule (issue 15): the date of every step of its ladder (name = the date's
-- name the diagram's timers read, e.g. reminder1At, or secondCallAt for a step a manager added),
-- its place in the order the case runs its steps (null: planned but not run), and the schedule's
-- terms in days (finalNoticeDeadlineDays, ...). Written by PlanDunningSchedule, moved by pauses
-- and deadlines; the timers read it through dunning/ScheduleDates. Cases planned before this keep
-- their schedule in process variables and go on reading those.
create table dunning_schedule (
  invoice_number varchar(64) not null,
  name           varchar(64) not null,
  due_at         timestamp with time zone,
  position       integer,
  days           integer,
  constraint dunning_schedule_pk primary key (invoice_number, name)
);
