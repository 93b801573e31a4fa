-- Briefing packs made on a schedule: which packs (unit, frequency) the secretariat wants, who receives them by
-- e-mail, and every pack made, kept with its date for download.
create table briefing_schedule (
    id         bigserial primary key,
    unit_id    bigint        not null references unit (id),
    frequency  varchar(8)    not null check (frequency in ('MONTH', 'QUARTER', 'HALF', 'YEAR')),
    recipients varchar(2000) not null default '',
    active     boolean       not null default true,
    created_at timestamptz   not null default now(),
    created_by varchar(64)   not null,
    constraint briefing_schedule_once unique (unit_id, frequency)
);

create table briefing_pack (
    id          bigserial primary key,
    schedule_id bigint references briefing_schedule (id) on delete set null,
    unit_id     bigint        not null references unit (id),
    period_code varchar(10)   not null,
    made_on     date          not null,
    made_at     timestamptz   not null default now(),
    pdf         bytea         not null,
    xlsx        bytea         not null,
    mailed_to   varchar(2000),
    constraint briefing_pack_once unique (schedule_id, period_code)
);
create index briefing_pack_unit on briefing_pack (unit_id, made_on desc);
