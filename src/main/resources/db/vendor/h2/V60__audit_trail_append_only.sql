-- The audit trail is append-only, below the application (issue 4). H2 runs triggers written in
-- Java: org.fordra.audit.AppendOnlyTrigger refuses every change and removal of a line.
create trigger audit_entry_no_update before update on audit_entry
  for each row call 'org.fordra.audit.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry
  for each row call 'org.fordra.audit.AppendOnlyTrigger';
