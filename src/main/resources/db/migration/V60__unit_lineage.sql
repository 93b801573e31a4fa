-- The statistics office's conversion table: which old units a new unit came from (1 July 2025 reorganisation).
-- share: WHOLE (the old unit merged in entirely), PART (only part of it: the old unit has several successors),
-- UNCHANGED, RENAMED, OTHER (free text in the note, e.g. a commune becoming a special zone).
create table unit_link (
    predecessor_id bigint       not null references unit (id),
    successor_id   bigint       not null references unit (id),
    share          varchar(16)  not null check (share in ('WHOLE', 'PART', 'UNCHANGED', 'RENAMED', 'OTHER')),
    note           varchar(400),
    -- the day the successor took over (the conversion table's date)
    effective      date         not null,
    primary key (predecessor_id, successor_id)
);
create index unit_link_successor on unit_link (successor_id);
create index unit_code on unit (code);
