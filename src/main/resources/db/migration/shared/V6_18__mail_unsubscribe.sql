-- A mail a person can stop with one click (job alerts) carries its unsubscribe address: SMTP sends it as the RFC 8058
-- List-Unsubscribe and List-Unsubscribe-Post headers, and the dev mailbox keeps it to show.
alter table mail_message add column list_unsubscribe varchar(500);
