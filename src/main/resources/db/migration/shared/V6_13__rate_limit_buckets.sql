-- The rate limits' and the sign-in throttle's token buckets (Bucket4j) when they are kept in the database (the cluster
-- profile), so every node counts against the same limit. A row is a key (the limit and the address or e-mail address),
-- the bucket's state, and when it will be full again (after which it may be removed). The key is kept only as its SHA-256 hash.
create table rate_limit_bucket (
    id         varchar(400) not null primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
