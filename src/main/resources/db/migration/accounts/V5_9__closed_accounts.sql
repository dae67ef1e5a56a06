-- When a job seeker closed their account (their personal data was erased then).
alter table user_account add column closed_at timestamp with time zone;
