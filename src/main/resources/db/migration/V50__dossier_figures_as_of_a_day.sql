-- Stocks (pending, overdue, waiting for the applicant, overdue with an apology) are read as of any day, not
-- carried from month to month: every dossier contributes dated EVENTS (received, resolved, became overdue,
-- stopped being overdue, …) and a stock on day D is the sum of its in/out events up to D. See DossierKpi.
-- Nothing needs rolling over when a month or a year begins.

alter table dossier drop column open_until;
-- The day since which the dossier waits for the applicant's supplement (sent by the source; null = not waiting).
alter table dossier add column waiting_since date;

drop table dossier_rollup_month;
alter table dossier_rollup drop column pending, drop column overdue;

-- Events per scope (the unit and every ancestor) and day. The flow columns are the flows of that day; the
-- *_in / *_out columns enter and leave a stock on that day.
create table dossier_rollup_day (
    scope_id            bigint not null,
    day                 date   not null,
    received            bigint not null default 0,
    received_online     bigint not null default 0,
    early               bigint not null default 0,
    on_time             bigint not null default 0,
    late                bigint not null default 0,
    late_apology        bigint not null default 0,
    withdrawn           bigint not null default 0,
    due                 bigint not null default 0,
    due_early           bigint not null default 0,
    due_on_time         bigint not null default 0,
    overdue_in          bigint not null default 0,
    overdue_out         bigint not null default 0,
    overdue_apology_in  bigint not null default 0,
    overdue_apology_out bigint not null default 0,
    waiting_in          bigint not null default 0,
    waiting_out         bigint not null default 0,
    primary key (scope_id, day)
);

-- The same events summed per month (month = its first day): a stock on day D reads the months before D's
-- month here and the days of D's month in dossier_rollup_day, so no read touches more than ~31 day rows.
create table dossier_rollup_month (
    scope_id            bigint not null,
    month               date   not null,
    received            bigint not null default 0,
    received_online     bigint not null default 0,
    early               bigint not null default 0,
    on_time             bigint not null default 0,
    late                bigint not null default 0,
    late_apology        bigint not null default 0,
    withdrawn           bigint not null default 0,
    due                 bigint not null default 0,
    due_early           bigint not null default 0,
    due_on_time         bigint not null default 0,
    overdue_in          bigint not null default 0,
    overdue_out         bigint not null default 0,
    overdue_apology_in  bigint not null default 0,
    overdue_apology_out bigint not null default 0,
    waiting_in          bigint not null default 0,
    waiting_out         bigint not null default 0,
    primary key (scope_id, month)
);

-- The statistics form's remaining fields: carried over from before the period, and due in the period.
alter table dossier_reported_total add column carried_over bigint check (carried_over >= 0);
alter table dossier_reported_total add column due bigint check (due >= 0);
-- A province's report may give no pending figure at all (Hà Giang 2019): unknown, not zero.
alter table dossier_reported_total alter column pending drop not null;
