-- A consent may be signed on paper: the scan of the signed form, stored outside the web root.
alter table consent add column signed_form_key varchar(36);
alter table consent add column signed_form_name varchar(200);
alter table consent add column signed_form_type varchar(100);
alter table consent alter column signed_by drop not null;
