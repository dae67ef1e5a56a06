-- When an account's password last changed: sessions signed in before then are ended.
alter table user_account add column password_changed_at timestamp with time zone;
