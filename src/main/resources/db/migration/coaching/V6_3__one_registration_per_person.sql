-- A participant is registered for a training at most once (ten parallel registrations made several, and then every
-- registration of that person failed). Existing repeats are removed first, keeping a completed one, else the first.
delete from training_registration
 where participant_id is not null
   and exists (select 1 from training_registration o
                where o.event_id = training_registration.event_id
                  and o.participant_id = training_registration.participant_id
                  and o.id <> training_registration.id
                  and ((o.completed_at is not null and training_registration.completed_at is null)
                       or ((o.completed_at is null) = (training_registration.completed_at is null) and o.id < training_registration.id)));
create unique index training_registration_participant_once on training_registration (participant_id, event_id);
