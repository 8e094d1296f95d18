-- The e-mail's plain-text part is kept packed like the notice's HTML (notices/PackedCopy): bytes,
-- no longer text. Rows stored before stay as their UTF-8 bytes, which PackedCopy reads as they are.
alter table notice alter column mail_text type bytea using convert_to(mail_text, 'UTF8');
