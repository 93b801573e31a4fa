-- The committee's review meetings and their directives (kết luận chỉ đạo). A directive's status is never
-- stored on the directive: every change is an event with the day it takes effect, so the state as of a past
-- day (and every figure built on it) never changes when later events are recorded.
create table review_meeting (
    id             bigserial primary key,
    unit_id        bigint        not null references unit (id),
    held_on        date          not null,
    period_code    varchar(10)   not null,
    title          varchar(300)  not null,
    chair          varchar(200)  not null,
    attendees      varchar(4000) not null default '',
    minutes_number varchar(100)  not null default '',
    created_at     timestamptz   not null default now(),
    created_by     varchar(64)   not null,
    version        bigint        not null default 0
);
create index review_meeting_unit on review_meeting (unit_id, held_on);

create table directive (
    id                  bigserial primary key,
    meeting_id          bigint        not null references review_meeting (id) on delete cascade,
    seq                 int           not null,
    text                varchar(2000) not null,
    responsible_unit_id bigint        not null references unit (id),
    deadline            date          not null,
    measure_id          varchar(64),
    created_at          timestamptz   not null default now(),
    created_by          varchar(64)   not null,
    constraint directive_seq unique (meeting_id, seq)
);
create index directive_responsible on directive (responsible_unit_id);

create table directive_event (
    id           bigserial primary key,
    directive_id bigint        not null references directive (id) on delete cascade,
    status       varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    effective_on date          not null,
    evidence     varchar(2000),
    comment      varchar(2000),
    recorded_at  timestamptz   not null default now(),
    recorded_by  varchar(64)   not null
);
create index directive_event_directive on directive_event (directive_id, effective_on, id);
