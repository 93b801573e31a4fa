-- Reminders: each account's address and language, its choices, and what it was told (in-app list and the
-- record that keeps an alert from being repeated).
alter table app_user add column email varchar(254);
alter table app_user add column language varchar(8) not null default 'vi' check (language in ('vi', 'en'));

create table notification_preference (
    user_id       bigint primary key references app_user (id) on delete cascade,
    weekly_digest boolean not null default true,
    due_soon      boolean not null default true,
    overdue       boolean not null default true,
    updated_at    timestamptz not null default now()
);

create table notification (
    id          bigserial primary key,
    user_id     bigint       not null references app_user (id) on delete cascade,
    created_on  date         not null,
    created_at  timestamptz  not null default now(),
    -- DIGEST, DUE_SOON or OVERDUE
    reason      varchar(16)  not null check (reason in ('DIGEST', 'DUE_SOON', 'OVERDUE')),
    -- an alert's item (kind and id of the agenda item); a digest has none
    item_kind   varchar(32),
    item_id     bigint,
    title       text         not null,
    detail      text         not null default '',
    route       text         not null default '',
    deadline    date,
    mailed      boolean      not null default false,
    read_at     timestamptz
);
create index notification_user on notification (user_id, created_at desc);
-- an item is alerted once per reason; a digest once per user and day
create unique index notification_alert_once on notification (user_id, reason, item_kind, item_id) where reason <> 'DIGEST';
create unique index notification_digest_once on notification (user_id, created_on) where reason = 'DIGEST';
