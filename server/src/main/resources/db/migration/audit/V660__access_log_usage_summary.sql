-- Pre-aggregated counts of the access log for the registry's monitoring pages (issue 17, ADR 0105).
-- Kept incrementally by audit.internal.UsageSummary: a background fold adds the entries after
-- audit_usage_folded.folded_through_seq to these counts in one transaction with the new watermark,
-- so readers take the counts plus the few entries after the watermark and never scan the log.
-- An absent agency is stored as 0, an absent user as '' (key columns cannot be null).

create table audit_usage_day (
    log_date   date        not null,
    agency_id  bigint      not null,
    channel    varchar(32) not null,
    outcome    varchar(32) not null,
    calls      bigint      not null,
    primary key (log_date, agency_id, channel, outcome)
);

create table audit_usage_user_day (
    agency_id  bigint      not null,
    log_date   date        not null,
    user_id    varchar(64) not null,
    outcome    varchar(32) not null,
    calls      bigint      not null,
    primary key (agency_id, log_date, user_id, outcome)
);

create table audit_usage_hour (
    log_date   date        not null,
    agency_id  bigint      not null,
    hour_of_day smallint   not null, -- Jakarta hour of the call, 0-23
    calls      bigint      not null,
    primary key (log_date, agency_id, hour_of_day)
);

create table audit_usage_folded (
    log_name           varchar(16) primary key,
    folded_through_seq bigint      not null
);
insert into audit_usage_folded (log_name, folded_through_seq) values ('access', 0);
