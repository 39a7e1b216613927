-- PostgreSQL (location db/vendor/{vendor}); H2 has its own V23 in db/vendor/h2.
-- Answers become an append-only fact table without primary or foreign key, for the intake of 1,000 responses a
-- second (docs/benchmarks.md, 2026-11-23). Measured per submission of 30 answers:
-- - the foreign key to respons ran one check per answer row; a foreign key to meting instead costs more, because
--   every check share-locks the meting row that the intake also locks;
-- - the primary key (respons_id, vraag) put each response's answers on a random page of a large index (random
--   UUIDs): about one full-page image in the WAL per submission, and pages to read back once the index outgrows
--   the buffers.
-- Together 0.84 -> 0.61 ms of database CPU per submission in the closed loop, and half the WAL.
-- What the keys guarded now rests on the one writer, ResponsOpslag.bewaar: it inserts a response and its answers
-- (one per question code, from a map) in the same transaction, and nothing updates single answers.
-- ALTER TABLE takes its lock before it changes anything, so an instance still writing waits and loses nothing.
ALTER TABLE respons_antwoord DROP CONSTRAINT respons_antwoord_respons_id_fkey;
ALTER TABLE respons_antwoord DROP CONSTRAINT respons_antwoord_pkey;

-- The cascade the foreign key gave: deleting responses (also through deleting their meting) deletes their answers.
-- Once per statement, through the report index by meting, so it costs nothing per submission and needs no index on
-- respons_id.
CREATE FUNCTION respons_antwoord_mee_verwijderen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM respons_antwoord a
     WHERE a.meting_id IN (SELECT DISTINCT meting_id FROM verwijderd)
       AND a.respons_id IN (SELECT id FROM verwijderd);
    RETURN NULL;
END
$$;
CREATE TRIGGER respons_antwoord_mee_verwijderen AFTER DELETE ON respons
    REFERENCING OLD TABLE AS verwijderd FOR EACH STATEMENT EXECUTE FUNCTION respons_antwoord_mee_verwijderen();
