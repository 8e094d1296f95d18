-- Privacy (issue 13 §8): personal data is erased after the books' retention period, while the
-- audit trail stays provably whole.

-- A hash chain over each invoice's audit trail (audit/AuditChain): every line keeps the hash of
-- its detail on its own, the hash of the line before it, and its own hash over both. The
-- retention job may replace a detail by a pseudonym (pseudonymised_at says when); the hashes
-- never change, so the chain verifies before and after. Lines written before V130 carry none.
alter table audit_entry add column detail_hash varchar(64);
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
alter table audit_entry add column pseudonymised_at timestamp with time zone;

-- When the retention job replaced the customer's personal data by a pseudonym.
alter table customer add column erased_at timestamp with time zone;
