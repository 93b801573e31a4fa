-- One target store: the dossier tiles' targets (dossier_target, per unit or the default for all units, without a
-- year) move into the targets of the scorecards (scorecard_target), and the old table goes.
-- A row of dossier_target held for every year: it is kept from 1990 on (the first year a target may carry), so
-- every year keeps the target it had. Where scorecard_target already holds a target for the same measure, unit
-- and year it stays, and where it holds one from a later year (the province defaults from 2017) that one is in
-- force from then on, as the targets page shows. The KPIs map to the measures:
--   EARLY_OR_ON_TIME -> dossiers.on-time-share (at least, % of resolved)
--   ONLINE           -> dossiers.online-share  (at least, % of received)
--   OVERDUE          -> dossiers.overdue       (at most, pending dossiers overdue)
--   LATE             -> dossiers.late-share    (at most, % of resolved)
--   LATE_NO_APOLOGY  -> dossiers.needing-apology (at most, late and overdue dossiers without an apology letter)
with moved as (
    insert into scorecard_target (target_id, year, unit_id, comparison, value, updated_by)
    select case kpi
               when 'EARLY_OR_ON_TIME' then 'dossiers.on-time-share'
               when 'ONLINE' then 'dossiers.online-share'
               when 'OVERDUE' then 'dossiers.overdue'
               when 'LATE' then 'dossiers.late-share'
               when 'LATE_NO_APOLOGY' then 'dossiers.needing-apology'
           end,
           1990, unit_id,
           case when kpi in ('EARLY_OR_ON_TIME', 'ONLINE') then 'AT_LEAST' else 'AT_MOST' end,
           target, 'system'
    from dossier_target
    where kpi in ('EARLY_OR_ON_TIME', 'ONLINE', 'OVERDUE', 'LATE', 'LATE_NO_APOLOGY')
    on conflict on constraint scorecard_target_once do nothing
    returning target_id, year, unit_id, value
)
insert into scorecard_target_change (target_id, year, unit_id, old_value, new_value, changed_by)
select target_id, year, unit_id, null, value, 'system' from moved;

drop table dossier_target;
