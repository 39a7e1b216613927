package nl.samenspel.raad;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** A raadsperiode; begin and einde both belong to it (the seed: 1 April to 31 March). */
record Raadsperiode(@Id Long id, Long gemeenteId, String naam, LocalDate beginDatum, LocalDate eindDatum) {

    boolean bevat(LocalDate datum) {
        return !datum.isBefore(beginDatum) && !datum.isAfter(eindDatum);
    }
}
