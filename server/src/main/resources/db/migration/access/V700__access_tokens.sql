-- Bearer tokens of the v1 API (POST /api/v1/token). The token itself is never stored: only its
-- SHA-256 (hex), so a copy of this table cannot be used to call the API. See ADR 0042.
create table access_token (
    token_hash  varchar(64)              primary key,
    user_id     varchar(64)              not null,
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index access_token_user on access_token (user_id);
create index access_token_expires on access_token (expires_at);
