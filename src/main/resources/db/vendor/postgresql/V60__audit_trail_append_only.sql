-- The audit trail is append-only, below the application: whatever connects to the database
-- (Fordra, a console, a script) may add lines but never change or remove one. Issue 4.
create function audit_entry_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % on audit_entry is not allowed', tg_op
    using errcode = 'insufficient_privilege',
          hint = 'Add a new audit entry that corrects the earlier one instead.';
end;
$$;

create trigger audit_entry_no_update_or_delete
  before update or delete on audit_entry
  for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
  before truncate on audit_entry
  for each statement execute function audit_entry_append_only();
