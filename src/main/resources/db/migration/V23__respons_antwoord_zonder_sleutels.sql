-- Answers become an append-only fact table without primary or foreign key, for the intake of 1,000
-- responses a second (docs/benchmarks.md, 2026-11-23). Measured on PostgreSQL, per submission of 30 answers:
-- - the foreign key to respons ran one check per answer row (0.16 ms of database CPU); a foreign key to meting
--   instead costs more, because every check share-locks the meting row that the intake already locks;
-- - the primary key (respons_id, vraag) put each response's answers on a random page of a large index (random
--   UUIDs): about one full-page image in the WAL per submission and a page to read back when the index outgrows
--   the buffers.
-- What the keys guarded now rests on the one writer, ResponsOpslag.bewaar: it inserts a response and its answers
-- (one per question code, from a map) in the same transaction, and nothing updates or deletes single answers.
-- Deleting a meting's responses must delete its answers first: DELETE FROM respons_antwoord WHERE meting_id = ?
-- (the report index serves it). The table is rebuilt because the database engines name the old keys differently.
CREATE TABLE respons_antwoord_v23 (
    respons_id   UUID        NOT NULL,
    meting_id    BIGINT      NOT NULL,
    afdeling_id  BIGINT      NOT NULL,
    vraag        VARCHAR(10) NOT NULL,
    waarde       SMALLINT    NOT NULL
);
INSERT INTO respons_antwoord_v23 (respons_id, meting_id, afdeling_id, vraag, waarde)
    SELECT respons_id, meting_id, afdeling_id, vraag, waarde FROM respons_antwoord;
DROP TABLE respons_antwoord;
ALTER TABLE respons_antwoord_v23 RENAME TO respons_antwoord;
ALTER TABLE respons_antwoord ADD CONSTRAINT respons_antwoord_schaal CHECK (waarde BETWEEN 1 AND 5);
CREATE INDEX respons_antwoord_rapport ON respons_antwoord (meting_id, afdeling_id, vraag, waarde);
