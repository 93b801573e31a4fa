-- Targets of the fields' measures (scorecard): per measure, per year, per unit, with a province-wide default
-- (unit_id null) that units inherit. A target set for a year stays in force in later years until another is
-- set. Every change is kept with who and when.
create table scorecard_target (
    id         bigserial primary key,
    target_id  varchar(64)   not null,
    year       int           not null check (year between 1990 and 2100),
    unit_id    bigint references unit (id),
    comparison varchar(8)    not null check (comparison in ('AT_LEAST', 'AT_MOST')),
    value      numeric(12, 2) not null,
    updated_at timestamptz   not null default now(),
    updated_by varchar(64)   not null,
    version    bigint        not null default 0,
    constraint scorecard_target_once unique nulls not distinct (target_id, year, unit_id)
);

create table scorecard_target_change (
    id         bigserial primary key,
    target_id  varchar(64)   not null,
    year       int           not null,
    unit_id    bigint references unit (id),
    old_value  numeric(12, 2),
    new_value  numeric(12, 2),
    changed_at timestamptz   not null default now(),
    changed_by varchar(64)   not null
);
create index scorecard_target_change_key on scorecard_target_change (target_id, year);

-- The province-wide defaults from 2017 on: Decision 766 thresholds for dossiers (online ≥ 50%), the committee's
-- usual aims for plans and inspections ("over 80% of plan"), band B of the PAR index (80%).
insert into scorecard_target (target_id, year, unit_id, comparison, value, updated_by) values
    ('plans.completion',            2017, null, 'AT_LEAST', 80, 'system'),
    ('plans.overdue-tasks',         2017, null, 'AT_MOST',   0, 'system'),
    ('dossiers.online-share',       2017, null, 'AT_LEAST', 50, 'system'),
    ('dossiers.on-time-share',      2017, null, 'AT_LEAST', 95, 'system'),
    ('dossiers.overdue',            2017, null, 'AT_MOST',   0, 'system'),
    ('rankings.score',              2017, null, 'AT_LEAST', 80, 'system'),
    ('inspections.progress',        2017, null, 'AT_LEAST', 80, 'system'),
    ('inspections.overdue-recommendations', 2017, null, 'AT_MOST', 0, 'system');
