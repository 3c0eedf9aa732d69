-- The population register ("DWH"): families (one row per family card, No. KK) and residents (one
-- row per NIK), as SIAK holds them. Coded elements are stored as their SIAK codes; labels come
-- from the reference module's code lists at read time. Region numbers are stored unpadded, as the
-- Dukcapil web service returns them (NO_PROP 32, NO_KAB 4, NO_KEC 10, NO_KEL 2001).
-- Wire names (dukcapil-wire-protocol.md section 3) are given after each column.

create table family (
    no_kk        bigint       primary key,  -- NO_KK
    address      varchar(200) not null,     -- ALAMAT
    dusun        varchar(60),               -- DUSUN
    rt           smallint,                  -- NO_RT
    rw           smallint,                  -- NO_RW
    province_no  smallint     not null,     -- NO_PROP
    regency_no   smallint     not null,     -- NO_KAB
    district_no  smallint     not null,     -- NO_KEC
    village_no   smallint     not null,     -- NO_KEL
    postal_code  varchar(5)                 -- KODE_POS
);

create table resident (
    nik                     bigint       primary key,  -- NIK
    no_kk                   bigint       not null,     -- NO_KK
    full_name               varchar(100) not null,     -- NAMA_LGKP
    sex                     smallint     not null,     -- JENIS_KLMIN (code list SEX)
    place_of_birth          varchar(60)  not null,     -- TMPT_LHR
    date_of_birth           date         not null,     -- TGL_LHR
    religion                smallint     not null,     -- AGAMA (RELIGION)
    marital_status          smallint     not null,     -- STATUS_KAWIN (MARITAL_STATUS)
    occupation              smallint     not null,     -- JENIS_PKRJN (OCCUPATION)
    education               smallint     not null,     -- PDDK_AKH (EDUCATION)
    blood_type              smallint,                  -- GOL_DARAH (BLOOD_TYPE)
    family_relationship     smallint     not null,     -- STAT_HBKEL (FAMILY_RELATIONSHIP)
    mother_name             varchar(100),              -- NAMA_LGKP_IBU
    father_name             varchar(100),              -- NAMA_LGKP_AYAH
    mother_nik              bigint,                    -- NIK_IBU
    father_nik              bigint,                    -- NIK_AYAH
    ektp_status             varchar(16),               -- EKTP_STATUS (RECORDED, NOT_RECORDED)
    birth_certificate_no    varchar(40),               -- NO_AKTA_LHR
    marriage_date           date,                      -- TGL_KWN
    marriage_certificate_no varchar(40),               -- NO_AKTA_KWN
    divorce_date            date,                      -- TGL_CRAI
    divorce_certificate_no  varchar(40),               -- NO_AKTA_CRAI
    disability              smallint,                  -- PNYDNG_CCT (DISABILITY); protected element
    citizenship             smallint     not null,     -- CITIZENSHIP (1 WNI, 2 WNA)
    record_status           varchar(20)  not null,     -- ACTIVE, DECEASED, MOVED_ABROAD, DUPLICATE_BLOCKED, INACTIVE
    status_date             date,                      -- when the record status last changed
    constraint resident_record_status_known check (record_status in
        ('ACTIVE', 'DECEASED', 'MOVED_ABROAD', 'DUPLICATE_BLOCKED', 'INACTIVE')),
    constraint resident_ektp_status_known check (ektp_status in ('RECORDED', 'NOT_RECORDED'))
);

-- The family-card lookup (CALL_NIK_GET_KK) and the join from a resident to their family's address.
create index resident_no_kk on resident (no_kk);
