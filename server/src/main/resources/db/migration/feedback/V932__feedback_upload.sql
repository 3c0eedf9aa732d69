-- Data balikan by Excel upload (issue 16, method 2; ADR 0110): one row per uploaded workbook, its
-- progress as the background job reads it, and the error workbook (the refused rows with their
-- reasons) AES-GCM encrypted under the data-balikan keys, the key id beside it: the refused rows may
-- hold victim information. The uploaded workbook itself is never stored.
create table feedback_upload (
    upload_id     varchar(36)              not null primary key,
    agency_id     bigint                   not null,
    user_id       varchar(40)              not null,
    file_name     varchar(200)             not null,
    language      varchar(8)               not null,
    status        varchar(16)              not null,
    rows_total    integer                  not null,
    rows_done     integer                  not null,
    accepted      integer                  not null,
    duplicates    integer                  not null,
    refused       integer                  not null,
    failure       varchar(40),
    key_id        varchar(40),
    error_book    bytea,
    created_at    timestamp with time zone not null,
    finished_at   timestamp with time zone
);
create index feedback_upload_agency on feedback_upload (agency_id, created_at);
