-- Mail about a case record: kept in the dev mailbox, but its text is hidden from the admin page.
alter table mail_message add column sensitive boolean default false not null;
