-- The technical study (kajian teknis) attached to a quota-increase request: one PDF per request,
-- kept in the database (never under the web root) and served only through the administration API
-- to registry staff and the requesting agency. Replacing it while the request is pending overwrites
-- the row; its hash is recorded in the administrative log.
create table quota_increase_study (
    request_id    bigint                   primary key,
    file_name     varchar(200)             not null,
    size_bytes    bigint                   not null,
    sha256        bytea                    not null,
    content       bytea                    not null,
    uploaded_by   varchar(40)              not null,
    uploaded_at   timestamp with time zone not null
);
