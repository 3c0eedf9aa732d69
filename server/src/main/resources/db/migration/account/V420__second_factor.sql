-- The portal's second factor (TOTP, RFC 6238; docs/account.md, ADR 0071). The shared secret is
-- AES-GCM encrypted under a key of the second-factor key file (gerbang.account.second-factor.key-file),
-- whose id is kept beside it. A row without confirmed_at is an enrolment begun but not confirmed.
create table account_second_factor (
    user_id       varchar(40) primary key references account_user (user_id),
    key_id        varchar(40) not null,
    secret        bytea not null,
    created_at    timestamp with time zone not null,
    confirmed_at  timestamp with time zone,
    -- the last time step (Unix time / 30 s) whose code was accepted: no code of it or earlier again
    last_step     bigint not null default 0
);

-- Ten single-use recovery codes per enrolment, hashed like passwords.
create table account_recovery_code (
    user_id    varchar(40) not null references account_user (user_id),
    code_no    integer not null,
    code_hash  varchar(255) not null,
    used_at    timestamp with time zone,
    primary key (user_id, code_no)
);
