-- PostgreSQL only (location db/vendor/{vendor}): storage settings that H2 does not know.
-- Reports count answers with an index-only scan of respons_antwoord_rapport, which is fast only for pages
-- that VACUUM has marked all-visible; for newer rows PostgreSQL must visit the table itself. By default
-- autovacuum visits a table after inserts of 20 % of its size, so on a platform with millions of answers the
-- answers of a running meting might never be marked, and its afdeling report took 0.4 to 0.5 s instead of
-- about 0.15 s (docs/benchmarks.md, 2026-11-23). From now on autovacuum comes after every 10,000 new
-- answers (about 330 responses), so even the last answers of a closed meting are marked soon; a vacuum of an
-- insert-only table reads only the new pages, so this is cheap.
ALTER TABLE respons_antwoord SET (autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0);
ALTER TABLE respons SET (autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0);
