-- An unguessable link to a session's calendar file for participants without an account. The file
-- holds only the time and "meeting with <coach>".
alter table coaching_session add column calendar_token varchar(64);
create unique index coaching_session_calendar_token on coaching_session (calendar_token);
