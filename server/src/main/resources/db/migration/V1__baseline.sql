-- Baseline: marks the start of Gerbang's schema history. Each module owns a folder below
-- db/migration/ and a version range (see docs/adr/0003-jdbc-and-flyway.md).
create table gerbang_instance (
    id          smallint primary key,
    created_at  timestamp with time zone not null
);
insert into gerbang_instance (id, created_at) values (1, current_timestamp);
