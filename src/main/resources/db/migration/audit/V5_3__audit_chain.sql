-- Tamper evidence: each entry is chained to the one before by a SHA-256 hash (sealed in order by
-- AuditChain, a few seconds after it is written); the head row holds the last link, so removing
-- entries at the end shows too. Sign-ins and refused requests are recorded with a short detail.
alter table audit_entry alter column action set data type varchar(20);
alter table audit_entry add column detail varchar(300);
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column hash varchar(64);
create unique index audit_entry_chain on audit_entry (chain_seq);
create table audit_chain_head (
    id int primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, '');
