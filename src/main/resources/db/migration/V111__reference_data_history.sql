-- Reference data the secretariat keeps through pages, with history: the plan areas of each year and the
-- inspection topics.

-- A plan area is used by the plans of the years from_year..to_year (null: no bound). Existing areas serve every year.
alter table plan_area
    add column from_year int check (from_year between 1990 and 2100),
    add column to_year   int check (to_year between 1990 and 2100),
    add constraint plan_area_years check (from_year is null or to_year is null or from_year <= to_year);

create table plan_area_change (
    id              bigserial primary key,
    area_id         bigint        not null references plan_area (id) on delete cascade,
    changed_at      timestamptz   not null default now(),
    changed_by      varchar(64)   not null,
    field           varchar(32)   not null,
    old_value       varchar(500),
    new_value       varchar(500)
);
create index plan_area_change_area on plan_area_change (area_id, changed_at);

alter table inspection_topic
    add column active  boolean not null default true,
    add column version bigint  not null default 0;

create table inspection_topic_change (
    id          bigserial primary key,
    topic_code  varchar(32)  not null references inspection_topic (code) on delete cascade,
    changed_at  timestamptz  not null default now(),
    changed_by  varchar(64)  not null,
    field       varchar(32)  not null,
    old_value   varchar(500),
    new_value   varchar(500)
);
create index inspection_topic_change_topic on inspection_topic_change (topic_code, changed_at);
