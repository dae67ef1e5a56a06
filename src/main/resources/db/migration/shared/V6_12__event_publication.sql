-- Spring Modulith's event publication registry (JPA): each reaction of one module to another's event (a hire becoming a
-- placement suggestion, the mails of an application) is written here in the transaction that publishes the event, and
-- marked done when the reaction has run. A reaction that failed stays here and is run again (EventRetries).
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(1000000)         not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_status on event_publication (status, publication_date);
