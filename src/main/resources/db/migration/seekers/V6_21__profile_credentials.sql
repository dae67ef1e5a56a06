-- Whether a profile lists the person's verified credentials (from the credentials module) by themselves.
alter table seeker_profile add column show_credentials boolean not null default false;
