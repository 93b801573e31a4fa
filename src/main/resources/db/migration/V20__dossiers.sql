-- One-stop dossiers (hồ sơ TTHC) as sent by the units' one-stop systems, keyed by the source system's id.
-- Only read through the rollups below (and by the raw benchmark), so it carries no secondary indexes, and
-- unit_id has no foreign key: the loader resolves every unit code against the unit table in the same
-- transaction and units are never deleted (they end their validity), while a per-row FK check would
-- cost a third of a 10-million-row load.
create table dossier (
    id              varchar(64)  primary key,
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
    -- the last month for which this dossier's "pending at month end" was added to the rollups (open dossiers only)
    open_until      date,
    constraint dossier_resolved_after_received check (resolved_at is null or resolved_at >= received_at),
    constraint dossier_outcome_with_resolution check ((resolved_at is null) = (outcome is null))
);

-- Pre-aggregated figures per scope unit (the unit itself AND every ancestor: a province row counts its
-- whole subtree) and month. Flows count in the month they happen (received in the month received,
-- resolved in the month resolved); stocks (pending, overdue) are the state at the end of the month.
create table dossier_rollup (
    scope_id        bigint      not null,
    month           date        not null,
    field           varchar(40) not null,
    channel         varchar(12) not null,
    service_level   varchar(16) not null,
    received        bigint      not null default 0,
    received_online bigint      not null default 0,
    early           bigint      not null default 0,
    on_time         bigint      not null default 0,
    late            bigint      not null default 0,
    late_apology    bigint      not null default 0,
    withdrawn       bigint      not null default 0,
    pending         bigint      not null default 0,
    overdue         bigint      not null default 0,
    primary key (scope_id, month, field, channel, service_level)
);

-- The same figures without the field/channel/level split: what the tiles, the trend and the drill-down read.
create table dossier_rollup_month (
    scope_id        bigint not null,
    month           date   not null,
    received        bigint not null default 0,
    received_online bigint not null default 0,
    early           bigint not null default 0,
    on_time         bigint not null default 0,
    late            bigint not null default 0,
    late_apology    bigint not null default 0,
    withdrawn       bigint not null default 0,
    pending         bigint not null default 0,
    overdue         bigint not null default 0,
    primary key (scope_id, month)
);

-- Dossier records per unit itself (not its subtree) and month: tells whether a unit reports records in a
-- period, in which case its reported totals for that period are not used (records win, no double count).
create table dossier_unit_month (
    unit_id bigint not null,
    month   date   not null,
    records bigint not null default 0,
    primary key (unit_id, month)
);

-- Period totals of units that report only the statistics form (no records). Null = not reported.
create table dossier_reported_total (
    id              bigserial primary key,
    unit_id         bigint      not null references unit (id),
    period_code     varchar(12) not null,
    period_start    date        not null,
    period_end      date        not null,
    received        bigint      not null check (received >= 0),
    received_online bigint check (received_online >= 0),
    early           bigint      not null check (early >= 0),
    on_time         bigint      not null check (on_time >= 0),
    late            bigint check (late >= 0),
    withdrawn       bigint check (withdrawn >= 0),
    pending         bigint      not null check (pending >= 0),
    overdue         bigint check (overdue >= 0),
    note            varchar(500),
    updated_by      varchar(64),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    constraint dossier_reported_once unique (unit_id, period_code)
);

-- Targets the tiles are coloured against: per unit, or the default for every unit when unit_id is null.
create table dossier_target (
    id        bigserial primary key,
    unit_id   bigint references unit (id),
    kpi       varchar(24)   not null,
    target    numeric(6, 1) not null,
    version   bigint        not null default 0,
    constraint dossier_target_once unique nulls not distinct (unit_id, kpi)
);
insert into dossier_target (unit_id, kpi, target) values
    (null, 'EARLY_OR_ON_TIME', 95.0),
    (null, 'LATE', 2.0),
    (null, 'ONLINE', 50.0),
    (null, 'OVERDUE', 0.0),
    (null, 'LATE_NO_APOLOGY', 0.0);
