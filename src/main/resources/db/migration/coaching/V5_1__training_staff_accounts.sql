-- A program's own staff can be registered for a training by account, so completed trainings
-- count toward their credential (the credentials module reads them through CompletedTrainings).
alter table training_registration add column account_id bigint references user_account (id);
create unique index training_registration_account on training_registration (account_id, event_id);
