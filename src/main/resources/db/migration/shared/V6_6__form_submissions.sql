-- Each form that creates something carries a one-time token: the same form sent twice (a double click, a resend
-- after a lost answer) is answered with what the first one created, instead of creating it again.
create table form_submission (
    token varchar(64) primary key,
    actor_id bigint,
    result varchar(500),
    created_at timestamp with time zone not null
);
create index form_submission_created on form_submission (created_at);
