-- The stored copies of notices (issue 15, database per invoice): a quarter of a case's bytes.
-- PostgreSQL compresses a row's values only once the row passes toast_tuple_target (2 KB by
-- default): an e-mail's HTML (about 4 KB with its QR code) already was, its plain text (about
-- 1 KB) was not. From 128 bytes on it compresses those too (pglz; a PDF, compressed already,
-- stays as it is) and keeps large values out of the row, so the reads of a case's notices (kind,
-- channel, dates) scan small rows. Measured in the benchmark's round of 10,000: notice 23.4 KB
-- per invoice before, 22.8 KB after (docs/benchmark.md). Only new rows are affected.
-- https://www.postgresql.org/docs/17/sql-createtable.html#RELOPTION-TOAST-TUPLE-TARGET
alter table notice set (toast_tuple_target = 128);
