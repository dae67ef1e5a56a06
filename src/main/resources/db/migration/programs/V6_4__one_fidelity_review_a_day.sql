-- One fidelity review per program and day (ten parallel submits made three completed reviews for one day).
-- Existing repeats are removed first, keeping a completed one, else the first.
delete from fidelity_score where review_id in (
    select r.id from fidelity_review r where exists (
        select 1 from fidelity_review o where o.program_id = r.program_id and o.reviewed_on = r.reviewed_on and o.id <> r.id
          and ((o.completed_at is not null and r.completed_at is null)
               or ((o.completed_at is null) = (r.completed_at is null) and o.id < r.id))));
delete from fidelity_action where review_id in (
    select r.id from fidelity_review r where exists (
        select 1 from fidelity_review o where o.program_id = r.program_id and o.reviewed_on = r.reviewed_on and o.id <> r.id
          and ((o.completed_at is not null and r.completed_at is null)
               or ((o.completed_at is null) = (r.completed_at is null) and o.id < r.id))));
delete from fidelity_review
 where exists (select 1 from fidelity_review o
                where o.program_id = fidelity_review.program_id and o.reviewed_on = fidelity_review.reviewed_on
                  and o.id <> fidelity_review.id
                  and ((o.completed_at is not null and fidelity_review.completed_at is null)
                       or ((o.completed_at is null) = (fidelity_review.completed_at is null) and o.id < fidelity_review.id)));
drop index fidelity_review_program;
create unique index fidelity_review_once_a_day on fidelity_review (program_id, reviewed_on);
