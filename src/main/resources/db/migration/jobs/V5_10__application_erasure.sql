-- When an applicant's personal data was erased (account closed, or the retention period passed).
alter table job_application add column erased_at timestamp with time zone;
