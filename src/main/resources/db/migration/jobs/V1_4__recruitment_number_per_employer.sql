-- A recruitment number is the employer's own: unique within an organization, not across the job
-- bank (which would also tell one employer what numbers another uses).
alter table posting drop constraint posting_recruitment_number_unique;
alter table posting add constraint posting_recruitment_number_per_org unique (organization_id, recruitment_number);
