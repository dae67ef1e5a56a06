-- The audit trail sealed with a key that is not in the database (HMAC-SHA256, see AuditSeals): each entry
-- carries the seal of its content, written with it; the links of the chain are keyed too, and the head
-- carries a seal of where the chain ends. Scheme 1 is the chain as it was (plain SHA-256): the application
-- checks it and seals it again with the key at its next start. An empty trail starts on scheme 2.
alter table audit_entry add column entry_mac varchar(64);
alter table audit_chain_head add column head_mac varchar(64);
alter table audit_chain_head add column scheme int default 1 not null;
update audit_chain_head set scheme = 2 where id = 1 and not exists (select 1 from audit_entry);
