-- The dossier lists at scale. The stocks (pending, overdue, waiting at a day) keep the dossiers open at that day:
-- still open (resolved_at is null) or resolved after it. Open dossiers are a thin slice of the table, so a partial
-- index on them is small and cheap to keep during loads; the day of resolution serves the "resolved after the
-- day" half. Together the planner reads an overdue list through a BitmapOr of both instead of the whole table.
create index dossier_open_unit on dossier (unit_id) where resolved_at is null;
create index dossier_resolved_day on dossier (cast(resolved_at as date));
