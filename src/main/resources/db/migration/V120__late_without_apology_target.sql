-- Every dossier resolved late needs an apology letter: the province-wide default target of the measure
-- "late dossiers without an apology letter" is at most 0, from 2017 on, like the other dossier defaults.
insert into scorecard_target (target_id, year, unit_id, comparison, value, updated_by) values
    ('dossiers.late-no-apology', 2017, null, 'AT_MOST', 0, 'system')
on conflict do nothing;
