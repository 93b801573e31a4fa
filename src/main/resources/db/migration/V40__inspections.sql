-- Inspections (kiểm tra CCHC): the plan of a unit for a year, outcomes, and recommendations to follow up.

-- Topics are data: the committee adds its own.
create table inspection_topic (
    code    varchar(32)  primary key,
    name    varchar(200) not null,
    name_en varchar(200) not null,
    sort    int          not null default 0
);
insert into inspection_topic (code, name, name_en, sort) values
    ('ONE_STOP',   'Bộ phận một cửa, giải quyết TTHC', 'One-stop desk and procedures', 10),
    ('PLAN',       'Thực hiện kế hoạch CCHC',          'Reform plan execution', 20),
    ('DISCIPLINE', 'Kỷ luật, kỷ cương hành chính',      'Administrative discipline', 30),
    ('CIVIL_SERVICE', 'Chất lượng đội ngũ CBCCVC',      'Civil service quality', 40),
    ('E_GOV',      'Hiện đại hóa nền hành chính',      'E-government and modernisation', 50),
    ('FINANCE',    'Cải cách tài chính công',          'Public finance reform', 60);

create table inspection (
    id              bigserial primary key,
    -- whose plan: the province committee (province) or a district's own plan
    plan_unit_id    bigint       not null references unit (id),
    plan_year       int          not null,
    target_unit_id  bigint       not null references unit (id),
    planned_month   int          not null check (planned_month between 1 and 12),
    planned_date    date,
    type            varchar(16)  not null check (type in ('SCHEDULED', 'SURPRISE')),
    topic_code      varchar(32)  not null references inspection_topic (code),
    team_lead       varchar(200) not null,
    members         varchar(1000) not null default '',
    status          varchar(16)  not null check (status in ('PLANNED', 'DONE', 'POSTPONED', 'CANCELLED')),
    actual_date     date,
    postpone_reason varchar(1000),
    findings        text         not null default '',
    version         bigint       not null default 0,
    constraint inspection_done_has_date check (status <> 'DONE' or actual_date is not null),
    constraint inspection_postponed_has_reason check (status <> 'POSTPONED' or postpone_reason is not null)
);
create index inspection_target on inspection (target_unit_id);
create index inspection_year on inspection (plan_year, planned_month);

create table inspection_recommendation (
    id                  bigserial primary key,
    inspection_id       bigint        not null references inspection (id) on delete cascade,
    text                varchar(2000) not null,
    responsible_unit_id bigint        not null references unit (id),
    deadline            date          not null,
    status              varchar(16)   not null check (status in ('OPEN', 'DONE')),
    resolved_on         date,
    evidence            varchar(2000),
    version             bigint        not null default 0,
    constraint recommendation_done_has_evidence check (status <> 'DONE' or (resolved_on is not null and evidence is not null))
);
create index recommendation_inspection on inspection_recommendation (inspection_id);
create index recommendation_unit on inspection_recommendation (responsible_unit_id);
