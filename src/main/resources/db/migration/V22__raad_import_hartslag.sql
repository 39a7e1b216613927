-- The raad import gets the enquête import's heartbeat (V11): bijgewerkt_op is written every half minute while the
-- import runs and with its progress; a BEZIG row whose heartbeat stopped (its instance died, its transaction rolled
-- back) is marked MISLUKT, so a restart of one instance no longer fails another instance's running import.
-- totaal is the expected number of rows (the non-empty lines of the file), null when unknown.
-- formaat was too short for OPENBESLUITVORMING_NDJSON (25 characters): such an upload failed before it started.
ALTER TABLE raad_import ALTER COLUMN formaat SET DATA TYPE VARCHAR(40);
ALTER TABLE raad_import ADD COLUMN bijgewerkt_op TIMESTAMP;
ALTER TABLE raad_import ADD COLUMN totaal INTEGER;
UPDATE raad_import SET bijgewerkt_op = COALESCE(klaar_op, gestart_op);
ALTER TABLE raad_import ALTER COLUMN bijgewerkt_op SET NOT NULL;
ALTER TABLE raad_import DROP CONSTRAINT raad_import_status;
ALTER TABLE raad_import ADD CONSTRAINT raad_import_status CHECK (status IN ('BEZIG', 'GELUKT', 'AFGEKEURD', 'MISLUKT'));
CREATE INDEX raad_import_bezig ON raad_import (status);
CREATE INDEX raad_import_gemeente ON raad_import (gemeente_id, id);
