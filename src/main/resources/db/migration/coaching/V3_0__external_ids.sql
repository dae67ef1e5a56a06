-- Records brought in from a program's spreadsheets keep the spreadsheet's row id, so a file
-- imported twice adds nothing the second time.
alter table participant add column external_id varchar(64);
create unique index participant_external_id on participant (program_id, external_id);
alter table coaching_session add column external_id varchar(64);
create unique index coaching_session_external_id on coaching_session (participant_id, external_id);
-- Reports count sessions by date, for all participants or for a program's: the first index
-- answers the count without reading the table.
create index coaching_session_starts on coaching_session (starts_at, participant_id, cancelled_at, documented_at);
create index coaching_session_participant_starts on coaching_session (participant_id, starts_at);
create index enrollment_dates on enrollment (enrolled_on, discharged_on);
