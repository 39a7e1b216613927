package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A coalitie: its member partijen with their own dates (a partij can leave before the coalitie ends). */
record Coalitie(@Id Long id, Long gemeenteId, String naam, LocalDate beginDatum, LocalDate eindDatum,
        @MappedCollection(idColumn = "coalitie") Set<Coalitiepartij> partijen) {

    Set<Long> partijIds() {
        return partijen.stream().map(Coalitiepartij::partijId).collect(Collectors.toSet());
    }

    /** Partijen that left while the coalitie went on: their membership ended before the coalitie did. */
    Set<Coalitiepartij> vertrokken() {
        return partijen.stream().filter(p -> p.tot() != null && (eindDatum == null || p.tot().isBefore(eindDatum)))
                .collect(Collectors.toSet());
    }

    boolean geldtOp(LocalDate datum) {
        return !datum.isBefore(beginDatum) && (eindDatum == null || datum.isBefore(eindDatum));
    }

    /** Membership from vanaf until tot (exclusive: the first day in the opposition). */
    record Coalitiepartij(Long partijId, LocalDate vanaf, LocalDate tot) {

        Lidmaatschap alsLidmaatschap() {
            return new Lidmaatschap(partijId, vanaf, tot);
        }
    }
}
