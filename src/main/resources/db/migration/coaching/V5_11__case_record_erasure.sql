-- When who a discharged participant was (name, contact, address, notes) was erased after the
-- retention period; dates, status and outcomes stay for the program's statistics.
alter table participant add column identity_erased_at timestamp with time zone;
