-- Privacy (issue 13 §8): the append-only trigger of V60 keeps refusing every UPDATE, DELETE and
-- TRUNCATE on audit_entry, with one exception: the retention job, working under its own database
-- role fordra_retention, may replace a line's detail by a pseudonym once (pseudonymised_at set).
-- The role may update only those two columns (column grants) and the trigger checks that the
-- hash chain (detail_hash, prev_hash, entry_hash) and every other column stay as they were.
create or replace function audit_entry_append_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_user = 'fordra_retention'
     and old.pseudonymised_at is null and new.pseudonymised_at is not null
     and (new.id, new.invoice_number, new.occurred_at, new.actor, new.action)
         = (old.id, old.invoice_number, old.occurred_at, old.actor, old.action)
     and new.detail_hash is not distinct from old.detail_hash
     and new.prev_hash is not distinct from old.prev_hash
     and new.entry_hash is not distinct from old.entry_hash then
    return new;
  end if;
  raise exception 'the audit trail is append-only: % on audit_entry is not allowed', tg_op
    using errcode = 'insufficient_privilege',
          hint = 'Add a new audit entry that corrects the earlier one instead.';
end;
$$;

-- The role itself, where Fordra's database user may create roles (the embedded test database,
-- docker-compose); elsewhere a database administrator creates it and makes Fordra's user a member
-- before the first start (docs/privacy.md). Each step on its own: one refused does not skip the
-- next. Fordra's user, the table's owner, grants the columns in any case.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'fordra_retention') then
    create role fordra_retention nologin;
  end if;
exception when insufficient_privilege then
  raise warning 'could not create the role fordra_retention (%): see docs/privacy.md', sqlerrm;
end;
$$;

do $$
begin
  if not pg_has_role(current_user, 'fordra_retention', 'MEMBER') then
    execute format('grant fordra_retention to %I', current_user);
  end if;
exception when insufficient_privilege or undefined_object then
  raise warning 'could not make % a member of fordra_retention (%): see docs/privacy.md',
    current_user, sqlerrm;
end;
$$;

do $$
begin
  if exists (select 1 from pg_roles where rolname = 'fordra_retention') then
    grant select, update (detail, pseudonymised_at) on audit_entry to fordra_retention;
  end if;
end;
$$;
