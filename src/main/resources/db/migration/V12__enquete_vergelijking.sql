-- Comparison across gemeenten (opt-in). A gemeente takes part when its beheerder says so; only
-- gemeenten that take part see the comparison, and no gemeente is ever named in it.
CREATE TABLE enquete_vergelijking_deelname (
    gemeente_id  BIGINT NOT NULL PRIMARY KEY REFERENCES gemeente (id),
    sinds        DATE   NOT NULL
);

-- Totals of a closed meting for the whole gemeente, written once when the meting is closed (or
-- first needed after its end date): the comparison reads these, never the responses.
CREATE TABLE meting_samenvatting (
    meting_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES meting (id) ON DELETE CASCADE,
    responsen   INTEGER NOT NULL
);

CREATE TABLE meting_totaal (
    meting_id  BIGINT      NOT NULL REFERENCES meting_samenvatting (meting_id) ON DELETE CASCADE,
    vraag      VARCHAR(10) NOT NULL,
    waarde     SMALLINT    NOT NULL,
    aantal     INTEGER     NOT NULL,
    PRIMARY KEY (meting_id, vraag, waarde)
);
