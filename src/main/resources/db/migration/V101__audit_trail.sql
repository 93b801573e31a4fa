-- The audit trail: one row per committed write command of any service (who, when, from where, what, with
-- which input) and, for changes made through JPA, every entity's properties before and after.
create table audit_event (
    id          bigserial primary key,
    at          timestamptz  not null,
    user_id     bigint,
    username    varchar(64)  not null,
    role        varchar(16),
    address     varchar(64),
    kind        varchar(120) not null,
    unit_id     bigint,
    input       text         not null,
    changes     jsonb        not null default '[]'
);
create index audit_event_at on audit_event (at desc);
create index audit_event_user on audit_event (lower(username), at desc);
create index audit_event_unit on audit_event (unit_id, at desc);
create index audit_event_kind on audit_event (kind, at desc);
