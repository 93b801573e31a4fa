-- Reform plans (Kế hoạch CCHC): one plan per unit and year, numbered tasks by area, their status and history.

-- The areas of a plan (lĩnh vực). Data, not an enum: the 7 areas of the seeds are the default set.
create table plan_area (
    id         bigserial primary key,
    code       varchar(32)  not null unique,
    name       varchar(200) not null,
    name_en    varchar(200),
    sort_order int          not null default 0,
    active     boolean      not null default true,
    version    bigint       not null default 0
);

insert into plan_area (code, name, name_en, sort_order) values
    ('CHI_DAO',   'Công tác chỉ đạo, điều hành',             'Direction and management',             1),
    ('THE_CHE',   'Cải cách thể chế',                        'Institutional reform',                 2),
    ('TTHC',      'Cải cách thủ tục hành chính',             'Administrative procedure reform',      3),
    ('BO_MAY',    'Cải cách tổ chức bộ máy',                 'Reform of the administrative apparatus', 4),
    ('CBCCVC',    'Nâng cao chất lượng đội ngũ CBCCVC',      'Quality of civil servants and public employees', 5),
    ('TAI_CHINH', 'Cải cách tài chính công',                 'Public finance reform',                6),
    ('HIEN_DAI',  'Hiện đại hóa nền hành chính',             'Modernisation of the administration',  7);

create table reform_plan (
    id         bigserial primary key,
    unit_id    bigint       not null references unit (id),
    year       int          not null check (year between 1990 and 2100),
    number     varchar(100) not null,
    issued_on  date         not null,
    title      varchar(500) not null,
    created_at timestamptz  not null default now(),
    created_by varchar(64)  not null,
    version    bigint       not null default 0,
    constraint reform_plan_unit_year unique (unit_id, year)
);

-- status_date: the completion date of a DONE task, the decision date of a POSTPONED or CANCELLED one.
-- Overdue is never stored: it follows from deadline, status and status_date at a given date.
create table plan_task (
    id              bigserial primary key,
    plan_id         bigint        not null references reform_plan (id) on delete cascade,
    number          varchar(20)   not null,
    sort_key        int           not null default 0,
    title           varchar(1000) not null,
    area_id         bigint        not null references plan_area (id),
    lead_unit_id    bigint        not null references unit (id),
    deadline        date          not null,
    expected_output varchar(1000),
    target_count    int check (target_count is null or target_count > 0),
    achieved_count  int check (achieved_count is null or achieved_count >= 0),
    status          varchar(16)   not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'CANCELLED')),
    status_date     date,
    evidence        varchar(2000),
    reason          varchar(2000),
    updated_at      timestamptz   not null default now(),
    updated_by      varchar(64)   not null,
    version         bigint        not null default 0,
    constraint plan_task_number unique (plan_id, number),
    constraint plan_task_done_has_date check (status not in ('DONE', 'CANCELLED') or status_date is not null)
);
create index plan_task_plan on plan_task (plan_id);
create index plan_task_lead on plan_task (lead_unit_id);

create table plan_task_support (
    task_id bigint not null references plan_task (id) on delete cascade,
    unit_id bigint not null references unit (id),
    primary key (task_id, unit_id)
);

-- Every change of a task, field by field: who, when, old and new value, and the comment given.
create table plan_task_change (
    id              bigserial primary key,
    task_id         bigint        not null references plan_task (id) on delete cascade,
    changed_at      timestamptz   not null default now(),
    changed_by      varchar(64)   not null,
    changed_by_name varchar(200)  not null,
    field           varchar(32)   not null,
    old_value       varchar(2000),
    new_value       varchar(2000),
    comment         varchar(2000)
);
create index plan_task_change_task on plan_task_change (task_id, changed_at);
