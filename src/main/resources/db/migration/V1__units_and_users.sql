-- Administrative units: provinces, districts, communes (GSO codes) and provincial departments.
-- A unit may be valid for a period only: a district abolished on 1 July 2025 keeps its history.
create table unit (
    id          bigserial primary key,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    name_en     varchar(200),
    tier        varchar(16)  not null check (tier in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT')),
    kind        varchar(32)  not null,
    parent_id   bigint references unit (id),
    -- ids from the root down, e.g. '/1/12/345/': a subtree is every path with this prefix
    path        varchar(400) not null,
    depth       int          not null,
    valid_from  date,
    valid_to    date,
    version     bigint       not null default 0,
    constraint unit_code_from unique nulls not distinct (code, valid_from),
    constraint unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index unit_parent on unit (parent_id);
create index unit_path on unit (path varchar_pattern_ops);
create index unit_name on unit (lower(name) varchar_pattern_ops);

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    role          varchar(16)  not null check (role in ('ADMIN', 'CHAIR', 'SECRETARIAT', 'UNIT_LEADER')),
    unit_id       bigint references unit (id),
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    constraint leader_has_unit check (role <> 'UNIT_LEADER' or unit_id is not null)
);

-- demo data sets already loaded (demo mode only)
create table demo_data_applied (
    key        varchar(100) primary key,
    applied_at timestamptz not null default now()
);
