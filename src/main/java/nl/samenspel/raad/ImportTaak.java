package nl.samenspel.raad;

import java.time.Instant;
import java.util.List;

/** One import from the browser, as the progress page shows it. */
record ImportTaak(Long id, Long gemeenteId, Importformaat formaat, String bestandsnaam, Status status, int rijen, int toegevoegd,
        int overgeslagen, List<String> fouten, Instant gestartOp, Instant klaarOp) {

    enum Status {
        BEZIG,
        GELUKT,
        AFGEKEURD
    }

    public boolean bezig() {
        return status == Status.BEZIG;
    }
}
