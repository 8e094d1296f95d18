-- The stored copies of notices (issue 15, database per invoice): an e-mail's HTML and text are
-- some 4 KB a notice, five notices a case, a quarter of a case's bytes. PostgreSQL compresses a
-- value only once its row passes toast_tuple_target (2 KB by default), so most copies were
-- stored as written. From 128 bytes on it compresses them (pglz; a PDF, already compressed,
-- stays as it is) and keeps the large ones out of the row, so the reads of a case's notices
-- (kind, channel, dates) scan small rows. Only new rows are affected; no copy changes.
-- https://www.postgresql.org/docs/17/sql-createtable.html#RELOPTION-TOAST-TUPLE-TARGET
alter table notice set (toast_tuple_target = 128);
