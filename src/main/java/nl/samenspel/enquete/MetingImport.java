package nl.samenspel.enquete;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One import into a meting from the browser, as its progress page and the meting's history show it:
 * rows read so far, the expected total (a count of the non-empty lines after the header, so a comment
 * with a line break makes it a little high; null when unknown) and the outcome.
 */
record MetingImport(Long id, Long metingId, String bestandsnaam, Status status, int rijen, Integer totaal, int geimporteerd,
        List<String> fouten, Instant gestartOp, Instant klaarOp) {

    private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    enum Status {
        BEZIG,
        GELUKT,
        AFGEKEURD,
        MISLUKT
    }

    public boolean bezig() {
        return status == Status.BEZIG;
    }

    public LocalDateTime gestart() {
        return LocalDateTime.ofInstant(gestartOp, TIJDZONE);
    }
}
