-- A job seeker's account is linked to at most one case record (one account could accept two invitations, and
-- closing the account then left the second linked). Existing repeats keep the first link.
update participant set seeker_account_id = null
 where seeker_account_id is not null
   and exists (select 1 from participant o where o.seeker_account_id = participant.seeker_account_id and o.id < participant.id);
create unique index participant_seeker_account_once on participant (seeker_account_id);
