-- Search that ignores case and Vietnamese diacritics (đ included): see base/SearchText and
-- docs/decisions/2026-11-30-search-without-diacritics.md. unaccent is a trusted contrib extension
-- (PostgreSQL 13+): the database owner may create it without being a superuser.
create extension if not exists unaccent;

-- immutable wrapper (the dictionary is named, so the result depends on the text only)
create or replace function search_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
