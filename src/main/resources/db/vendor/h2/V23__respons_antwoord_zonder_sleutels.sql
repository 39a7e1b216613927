-- H2 (location db/vendor/{vendor}); PostgreSQL has its own V23 in db/vendor/postgresql.
-- On PostgreSQL respons_antwoord loses its primary and foreign key for the intake rate (see there). H2 is the
-- embedded, single-instance default, where that rate does not matter: it loses only the primary key, so that both
-- databases accept the same rows, and keeps its foreign key with ON DELETE CASCADE, which on PostgreSQL a trigger
-- replaces. The table is rebuilt because H2 names the old keys itself; H2 runs no second instance that could
-- write meanwhile.
CREATE TABLE respons_antwoord_v23 (
    respons_id   UUID        NOT NULL REFERENCES respons (id) ON DELETE CASCADE,
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
