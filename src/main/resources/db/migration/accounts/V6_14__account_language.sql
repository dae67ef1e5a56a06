-- The language a person reads (en or es): chosen with the switch while signed in, or the one they registered in.
-- Mail to them is written in it. Null: not chosen yet (English for mail).
alter table user_account add column language varchar(8);
