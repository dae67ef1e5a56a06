-- Every form sent with its one-time token, and every API call with an Idempotency-Key, is claimed here before
-- it runs and keeps what it answered: the same form or call sent again (a double click, a resend after a lost
-- answer) gets that answer back instead of doing the work twice. Rows live two days.
drop table form_submission;
create table form_submission (
    token varchar(64) primary key,
    actor varchar(320) not null,
    status int,
    location varchar(2000),
    content_type varchar(200),
    etag varchar(200),
    body varchar(100000),
    created_at timestamp with time zone not null
);
create index form_submission_created on form_submission (created_at);
