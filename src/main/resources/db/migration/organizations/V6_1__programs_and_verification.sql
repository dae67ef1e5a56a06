-- Peer employment programs are organizations of their own kind; employers have one profile shown on their
-- postings; an administrator's refusal carries a reason the employer can act on.
alter table organization add column refusal_reason varchar(1000);
alter table organization add column decided_at timestamp with time zone;
alter table organization add column decided_by bigint;
alter table organization add column eeo_statement varchar(2000);
alter table organization add column recruiter_name varchar(120);
alter table organization add column recruiter_email varchar(254);
alter table organization add column recruiter_phone varchar(40);

-- Organizations whose accounts are program staff are peer employment programs, not employers.
update organization set kind = 'PEER_EMPLOYMENT_PROGRAM'
 where id in (select organization_id from user_account where role in ('COACH', 'SUPERVISOR') and organization_id is not null);
