package nl.samenspel.raad;

import java.time.Instant;
import java.util.List;

/**
 * One import in the background, as its page and the API's status resource show it: rows read so far, the expected
 * total (the non-empty lines of the file, less the header of a CSV; null when unknown) and the outcome.
 */
record ImportTaak(Long id, Long gemeenteId, Importformaat formaat, String bestandsnaam, Status status, int rijen, Integer totaal,
        int toegevoegd, int overgeslagen, List<String> fouten, Instant gestartOp, Instant klaarOp) {

    enum Status {
        BEZIG,
        GELUKT,
        AFGEKEURD,
        MISLUKT
    }

    public boolean bezig() {
        return status == Status.BEZIG;
    }
}
