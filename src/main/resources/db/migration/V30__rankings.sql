-- Index rankings: the province's own index (PAR INDEX of departments, districts, communes) per year,
-- its criteria tree and rating bands as data, scores per unit and leaf criterion in revisions, and the
-- province's national results (PAR INDEX, SIPAS, PAPI, 766).
create table rk_index (
    id          bigserial primary key,
    province_id bigint       not null references unit (id),
    code        varchar(40)  not null,
    year        int          not null,
    name        varchar(200) not null,
    name_en     varchar(200),
    -- comma-separated unit tiers the index ranks, e.g. 'DEPARTMENT' or 'DISTRICT,COMMUNE'
    tiers       varchar(100) not null,
    scale       varchar(8)   not null check (scale in ('POINTS', 'PERCENT')),
    version     bigint       not null default 0,
    constraint rk_index_unique unique (province_id, code, year)
);

create table rk_band (
    id         bigserial primary key,
    index_id   bigint        not null references rk_index (id) on delete cascade,
    label      varchar(60)   not null,
    label_en   varchar(60),
    min_score  numeric(8, 2) not null,
    color      varchar(8)    not null default 'grey'
);
create index rk_band_index on rk_band (index_id);

-- areas (roots) → criteria → sub-criteria; scores are entered on leaves only
create table rk_criterion (
    id         bigserial primary key,
    index_id   bigint        not null references rk_index (id) on delete cascade,
    parent_id  bigint references rk_criterion (id) on delete cascade,
    code       varchar(20)   not null,
    name       varchar(300)  not null,
    name_en    varchar(300),
    max_points numeric(8, 2) not null check (max_points > 0),
    -- a leaf scored by the sociological survey instead of self-assessment and appraisal
    survey     boolean       not null default false,
    position   int           not null,
    constraint rk_criterion_code unique (index_id, code)
);
create index rk_criterion_index on rk_criterion (index_id);

-- revision 0 is the working draft; publishing freezes it as revision 1; every correction adds the next
create table rk_revision (
    index_id   bigint       not null references rk_index (id) on delete cascade,
    revision   int          not null check (revision >= 1),
    created_by varchar(64)  not null,
    created_at timestamptz  not null default now(),
    reason     varchar(1000) not null,
    primary key (index_id, revision)
);

create table rk_score (
    index_id     bigint        not null references rk_index (id) on delete cascade,
    revision     int           not null,
    unit_id      bigint        not null references unit (id),
    criterion_id bigint        not null references rk_criterion (id) on delete cascade,
    self_points      numeric(8, 2),
    appraised_points numeric(8, 2),
    survey_points    numeric(8, 2),
    primary key (index_id, revision, unit_id, criterion_id)
);
create index rk_score_unit on rk_score (unit_id);

create table rk_national (
    id          bigserial primary key,
    province_id bigint        not null references unit (id),
    kind        varchar(16)   not null check (kind in ('PAR_INDEX', 'SIPAS', 'PAPI', 'SERVICE_766')),
    year        int           not null,
    value       numeric(8, 2) not null,
    -- the scale of that year: 100 (%), PAPI 60 until 2017 and 80 since 2018, 766: 100 points
    scale_max   numeric(8, 2) not null check (scale_max > 0),
    national_rank int,
    provinces   int,
    constraint rk_national_unique unique (province_id, kind, year),
    constraint rk_national_range check (value >= 0 and value <= scale_max)
);
