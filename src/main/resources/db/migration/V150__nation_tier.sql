-- The whole country as a unit (tier NATION, code VN), the root of a ministry's installation: provinces sit
-- below it. A province's installation never has such a row (see docs/decisions/2026-12-01-ministry-installation.md).
alter table unit drop constraint unit_tier_check;
alter table unit add constraint unit_tier_check check (tier in ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'DEPARTMENT'));
