-- Status as events (docs/decisions/2026-11-30-status-as-events.md).
-- Every status change of a plan task and of a recommendation is an event with the date it takes effect.
-- Figures "as of" a date read the event in force on that date, so a change made today never alters an
-- earlier cut-off. The row's own status columns stay as the current state, and a trigger turns every change of
-- them into an event, whatever writes the row (the services, the Excel import, the demo data, plain SQL).
-- A correction (the same status with another date, evidence or reason) supersedes the event it corrects: it
-- stays in the history but no longer counts.

create table plan_task_event (
    id           bigserial primary key,
    task_id      bigint        not null references plan_task (id) on delete cascade,
    status       varchar(16)   not null
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'CANCELLED')),
    effective_on date          not null,
    evidence     varchar(2000),
    reason       varchar(2000),
    recorded_at  timestamptz   not null default now(),
    recorded_by  varchar(64)   not null,
    superseded   boolean       not null default false
);
create index plan_task_event_in_force on plan_task_event (task_id, effective_on, id) where not superseded;

create function plan_task_status_event() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status = 'NOT_STARTED' then
            return new;
        end if;
    elsif new.status is not distinct from old.status and new.status_date is not distinct from old.status_date
            and new.evidence is not distinct from old.evidence and new.reason is not distinct from old.reason then
        return new;
    elsif new.status = old.status then
        update plan_task_event set superseded = true
         where id = (select e.id from plan_task_event e where e.task_id = new.id and not e.superseded
                      order by e.effective_on desc, e.id desc limit 1);
    end if;
    insert into plan_task_event (task_id, status, effective_on, evidence, reason, recorded_by)
    values (new.id, new.status, coalesce(new.status_date, (now() at time zone 'Asia/Ho_Chi_Minh')::date),
            new.evidence, new.reason, new.updated_by);
    return new;
end
$$;

create trigger plan_task_status_event after insert or update on plan_task
    for each row execute function plan_task_status_event();

insert into plan_task_event (task_id, status, effective_on, evidence, reason, recorded_at, recorded_by)
select id, status, coalesce(status_date, (updated_at at time zone 'Asia/Ho_Chi_Minh')::date), evidence, reason, updated_at, updated_by
  from plan_task where status <> 'NOT_STARTED';

-- Recommendations: who changed the status last, and the date and reason of a reopening.
alter table inspection_recommendation
    add column status_by     varchar(64),
    add column reopened_on   date,
    add column reopen_reason varchar(2000);

create table recommendation_event (
    id                bigserial primary key,
    recommendation_id bigint        not null references inspection_recommendation (id) on delete cascade,
    status            varchar(16)   not null check (status in ('OPEN', 'DONE')),
    effective_on      date          not null,
    evidence          varchar(2000),
    reason            varchar(2000),
    recorded_at       timestamptz   not null default now(),
    recorded_by       varchar(64)   not null,
    superseded        boolean       not null default false
);
create index recommendation_event_in_force on recommendation_event (recommendation_id, effective_on, id) where not superseded;

create function recommendation_status_event() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status = 'OPEN' then
            return new;
        end if;
    elsif new.status is not distinct from old.status and new.resolved_on is not distinct from old.resolved_on
            and new.evidence is not distinct from old.evidence and new.reopened_on is not distinct from old.reopened_on
            and new.reopen_reason is not distinct from old.reopen_reason then
        return new;
    elsif new.status = old.status then
        update recommendation_event set superseded = true
         where id = (select e.id from recommendation_event e where e.recommendation_id = new.id and not e.superseded
                      order by e.effective_on desc, e.id desc limit 1);
    end if;
    insert into recommendation_event (recommendation_id, status, effective_on, evidence, reason, recorded_by)
    values (new.id, new.status,
            case when new.status = 'DONE' then new.resolved_on
                 else coalesce(new.reopened_on, (now() at time zone 'Asia/Ho_Chi_Minh')::date) end,
            case when new.status = 'DONE' then new.evidence end,
            case when new.status = 'OPEN' then new.reopen_reason end,
            coalesce(new.status_by, '?'));
    return new;
end
$$;

create trigger recommendation_status_event after insert or update on inspection_recommendation
    for each row execute function recommendation_status_event();

insert into recommendation_event (recommendation_id, status, effective_on, evidence, recorded_by)
select id, status, resolved_on, evidence, '?' from inspection_recommendation where status = 'DONE';
