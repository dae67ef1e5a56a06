-- What the first administrator sets up on a new installation: one row.
create table deployment_settings (
    id bigint primary key,
    name varchar(120) not null,
    states varchar(200) not null,
    time_zone varchar(60) not null,
    support_email varchar(254) not null,
    set_up_at timestamp with time zone,
    set_up_by bigint,
    version bigint not null default 0
);
