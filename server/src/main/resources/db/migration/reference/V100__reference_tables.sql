-- Master tables of the reference module. Filled at start-up from the CSV files under
-- classpath:reference/ by ReferenceDataLoader (not by migrations): a row in ref_dataset holds the
-- checksum of the files each table set was loaded from, so a restart with the same files does
-- nothing and changed files are reloaded. Codes are stored dot-less ('3204102001').

create table ref_dataset (
    name        varchar(60)  primary key,
    checksum    varchar(64)  not null,
    row_count   integer      not null,
    loaded_at   timestamp with time zone not null
);

-- The current list: Kepmendagri 300.2.2-2138/2025 as amended by 300.2.2-2430/2025.
create table ref_region (
    code          varchar(10)  primary key,
    name          varchar(120) not null,
    region_level  varchar(10)  not null,
    parent_code   varchar(10)
);
create index ref_region_parent_idx on ref_region (parent_code);

-- Every code of the lists of 2015-2025 (current ones included), with the years first and last seen.
create table ref_region_history (
    code          varchar(10)  primary key,
    latest_name   varchar(120) not null,
    region_level  varchar(10)  not null,
    parent_code   varchar(10),
    first_seen    smallint     not null,
    last_seen     smallint     not null,
    in_current    boolean      not null
);

-- Regencies recoded by the 2022 Papua split (provinces 91/92 to 93-96).
create table ref_region_recode (
    old_code      varchar(10)  primary key,
    new_code      varchar(10)  not null,
    old_name      varchar(120) not null,
    basis         varchar(300) not null
);

-- SIAK and SIMFONI-PPA code lists; list_name is the CodeList enum name.
create table ref_code (
    list_name     varchar(40)  not null,
    code          integer      not null,
    label         varchar(120) not null,
    note          varchar(500),
    primary key (list_name, code)
);

-- Other labels that mean a code: KK labels ("KAWIN TERCATAT"), renames (ASN), spellings. Stored
-- normalised (CodeLists.normalise).
create table ref_code_alias (
    list_name     varchar(40)  not null,
    alias         varchar(120) not null,
    code          integer      not null,
    source        varchar(300) not null,
    primary key (list_name, alias)
);
