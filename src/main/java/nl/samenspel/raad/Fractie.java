package nl.samenspel.raad;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * A fractie's seats over a stretch of time: from {@code vanaf} until {@code tot} (exclusive).
 * An afsplitsing closes the mother fractie's row, opens it again with fewer seats and opens a
 * row for the new fractie with {@code afgesplitstVan} set.
 */
record Fractie(@Id Long id, Long gemeenteId, Long partijId, int zetels, LocalDate vanaf, LocalDate tot, Long afgesplitstVan) {

    boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(vanaf) && (tot == null || datum.isBefore(tot));
    }

    Fractie beeindigdOp(LocalDate datum) {
        return new Fractie(id, gemeenteId, partijId, zetels, vanaf, datum, afgesplitstVan);
    }
}
