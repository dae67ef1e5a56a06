-- Tables for running several nodes (profile "cluster", on PostgreSQL). They stay empty on a single node, except
-- shedlock, which every scheduled job uses.

-- ShedLock: a scheduled job runs on the node that holds its row's lock (lock_until in the database's own clock).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    primary key (name)
);

-- Spring Session JDBC (its schema for PostgreSQL; H2 reads bytea as varbinary): any node serves any user.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Hibernate Search's outbox-polling coordination: a change to an indexed entity is written here in the same
-- transaction as the change, and the nodes' event processors send it to OpenSearch (retrying while it is away).
create table hsearch_outbox_event (
    id             uuid                        not null,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        bytea                       not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)                not null,
    tenant_id      varchar(255),
    primary key (id)
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                        not null,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255),
    primary key (id)
);
