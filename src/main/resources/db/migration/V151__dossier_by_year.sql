-- Dossier records partitioned by the year they were received, so that a year can be archived (detached from the
-- table and kept, dumped or dropped as a table of its own) without touching any rollup: the figures are kept per
-- scope and day, apart from the records (see docs/decisions/2026-12-02-dossiers-by-year.md).
--
-- PostgreSQL keeps a unique index on a partitioned table only when it contains the partition key. The dossier id's
-- uniqueness, on which re-sends rely (a dossier sent again replaces its earlier state, whatever year it names),
-- therefore moves to dossier_key: one row per dossier id with the year its record is stored under. The loader
-- writes it in the same transaction as the records.
create table dossier_key (
    id            varchar(64) primary key,
    received_year int         not null
);

alter table dossier rename to dossier_before_v151;
alter index dossier_open_unit rename to dossier_before_v151_open_unit;
alter index dossier_resolved_day rename to dossier_before_v151_resolved_day;

create table dossier (
    id              varchar(64)  not null,
    unit_id         bigint       not null,
    desk_level      varchar(12)  not null check (desk_level in ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE')),
    procedure_code  varchar(64)  not null,
    field           varchar(40)  not null,
    channel         varchar(12)  not null check (channel in ('ONLINE', 'IN_PERSON', 'POST')),
    service_level   varchar(16)  not null check (service_level in ('NONE', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'FULL_ONLINE', 'PARTIAL_ONLINE')),
    received_at     timestamp    not null,
    promised_date   date         not null,
    resolved_at     timestamp,
    outcome         varchar(12)  check (outcome in ('RESULT', 'REJECTED', 'WITHDRAWN')),
    supplement_days int          not null default 0 check (supplement_days >= 0),
    apology_issued  boolean      not null default false,
    apology_date    date,
    waiting_since   date,
    constraint dossier_resolved_after_received check (resolved_at is null or resolved_at >= received_at),
    constraint dossier_outcome_with_resolution check ((resolved_at is null) = (outcome is null))
) partition by range (received_at);

-- One partition per year from 2015 (the one-stop systems' records start later) to 2030; the loader adds the
-- current year's when it is missing. Anything received outside them goes to the default partition, which is never
-- archived.
do $$
begin
    for y in 2015..2030 loop
        execute format('create table dossier_y%s partition of dossier for values from (%L) to (%L)',
                       y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
    end loop;
end $$;
create table dossier_other_years partition of dossier default;

-- the lookups by id (a list's rows, a re-send's old state), and the list indexes of V125
create index dossier_id on dossier (id);
create index dossier_open_unit on dossier (unit_id) where resolved_at is null;
create index dossier_resolved_day on dossier (cast(resolved_at as date));

insert into dossier (id, unit_id, desk_level, procedure_code, field, channel, service_level, received_at, promised_date,
                     resolved_at, outcome, supplement_days, apology_issued, apology_date, waiting_since)
select id, unit_id, desk_level, procedure_code, field, channel, service_level, received_at, promised_date,
       resolved_at, outcome, supplement_days, apology_issued, apology_date, waiting_since
from dossier_before_v151;
insert into dossier_key (id, received_year)
select id, extract(year from received_at)::int from dossier_before_v151;
drop table dossier_before_v151;
analyze dossier;

-- The years whose records were archived (their partition detached). Their figures stay in the rollups. A list of
-- dossiers can miss archived records only for a period that starts on or before open_until, the last day a dossier
-- of the year was still open.
create table dossier_archived_year (
    year        int         primary key,
    records     bigint      not null,
    open_until  date        not null,
    archived_at timestamptz not null default now(),
    archived_by varchar(64) not null
);
