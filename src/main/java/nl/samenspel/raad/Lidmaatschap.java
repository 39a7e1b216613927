package nl.samenspel.raad;

import java.time.LocalDate;

/**
 * A partij's membership of a coalitie: from {@code vanaf} (inclusive) until {@code tot}
 * (exclusive, the first day in the opposition), open-ended when {@code tot} is null.
 */
record Lidmaatschap(long partijId, LocalDate vanaf, LocalDate tot) {

    Lidmaatschap {
        if (vanaf == null) {
            throw new IllegalArgumentException("vanaf ontbreekt");
        }
        if (tot != null && !tot.isAfter(vanaf)) {
            throw new IllegalArgumentException("tot moet na vanaf liggen");
        }
    }

    boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(vanaf) && (tot == null || datum.isBefore(tot));
    }
}
