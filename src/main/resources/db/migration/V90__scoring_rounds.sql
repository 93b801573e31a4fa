-- Scoring rounds of the province's own index: units self-assess every sub-criterion with evidence files
-- or a written explanation, appraisers appraise, units may answer once, appraisers decide, then the index
-- is published. Points live in rk_score (revision 0, the draft) like every other score; these tables keep
-- the round's dates, the texts, the files and the history.

-- the appraiser role (secretariat members appraise too)
alter table app_user drop constraint if exists app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'CHAIR', 'SECRETARIAT', 'UNIT_LEADER', 'APPRAISER'));

create table rk_round (
    id           bigserial primary key,
    index_id     bigint      not null unique references rk_index (id) on delete cascade,
    -- units self-assess from opens_on to self_until (inclusive); they may answer appraisals until answer_until
    opens_on     date        not null,
    self_until   date        not null,
    answer_until date        not null,
    created_by   varchar(64) not null,
    created_at   timestamptz not null default now(),
    constraint rk_round_dates check (opens_on <= self_until and self_until <= answer_until)
);

-- a unit's self-assessment: submitted_at set = locked
create table rk_assessment (
    round_id     bigint      not null references rk_round (id) on delete cascade,
    unit_id      bigint      not null references unit (id),
    submitted_at timestamptz,
    submitted_by varchar(64),
    primary key (round_id, unit_id)
);

-- per unit and sub-criterion: the unit's explanation, the appraisal, the unit's answer and the decision
create table rk_entry (
    round_id         bigint        not null references rk_round (id) on delete cascade,
    unit_id          bigint        not null references unit (id),
    criterion_id     bigint        not null references rk_criterion (id) on delete cascade,
    explanation      varchar(4000),
    appraisal        varchar(10) check (appraisal in ('ACCEPTED', 'CHANGED')),
    appraisal_reason varchar(4000),
    answer           varchar(4000),
    decision         varchar(10) check (decision in ('KEPT', 'CHANGED')),
    decision_reason  varchar(4000),
    primary key (round_id, unit_id, criterion_id)
);

-- every step of every unit's round, never updated
create table rk_step (
    id           bigserial primary key,
    round_id     bigint        not null references rk_round (id) on delete cascade,
    unit_id      bigint        not null references unit (id),
    criterion_id bigint references rk_criterion (id) on delete cascade,
    step         varchar(20)   not null,
    points       numeric(8, 2),
    note         varchar(4000),
    done_by      varchar(64)   not null,
    done_at      timestamptz   not null default now()
);
create index rk_step_unit on rk_step (round_id, unit_id);

-- evidence files, kept in the database with their SHA-256 (see docs/decisions/2026-11-30-scoring-rounds.md)
create table rk_evidence (
    id           uuid          primary key default gen_random_uuid(),
    round_id     bigint        not null references rk_round (id) on delete cascade,
    unit_id      bigint        not null references unit (id),
    criterion_id bigint        not null references rk_criterion (id) on delete cascade,
    stage        varchar(10)   not null check (stage in ('SELF', 'ANSWER')),
    file_name    varchar(255)  not null,
    media_type   varchar(120)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    sha256       char(64)      not null,
    content      bytea         not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamptz   not null default now()
);
create index rk_evidence_entry on rk_evidence (round_id, unit_id, criterion_id);

-- a unit the secretariat leaves out of a year's ranking, with the reason (shown in the ranking)
create table rk_left_out (
    index_id  bigint        not null references rk_index (id) on delete cascade,
    unit_id   bigint        not null references unit (id),
    reason    varchar(1000) not null,
    left_by   varchar(64)   not null,
    left_at   timestamptz   not null default now(),
    primary key (index_id, unit_id)
);
