-- Saved drafts of the portal's data-balikan form (issue 16, method 3): one per user and kind. The
-- whole form, NIK included, is AES-GCM encrypted under the data-balikan key file (the key id beside
-- it), for both kinds: a victim draft is specific personal data like a victim record.
create table feedback_draft (
    user_id     varchar(40)              not null,
    kind        varchar(24)              not null,
    agency_id   bigint                   not null,
    key_id      varchar(40)              not null,
    content     bytea                    not null,
    saved_at    timestamp with time zone not null,
    primary key (user_id, kind)
);
