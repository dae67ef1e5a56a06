-- A seeker may share an application with their coach; nothing is shared unless they choose to.
alter table job_application add column shared_with_coach boolean default false not null;
