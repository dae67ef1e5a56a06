-- A session that will not take place: cancelled with a reason, no longer due for documentation.
alter table coaching_session add column cancelled_at timestamp with time zone;
alter table coaching_session add column cancel_reason varchar(200);
