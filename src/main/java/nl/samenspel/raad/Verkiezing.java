package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A gemeenteraadsverkiezing with the seats each partij won. */
record Verkiezing(@Id Long id, Long gemeenteId, LocalDate datum,
        @MappedCollection(idColumn = "verkiezing") Set<Verkiezingsuitslag> uitslag) {

    Map<Long, Integer> zetelsPerPartij() {
        Map<Long, Integer> zetels = new HashMap<>();
        uitslag.forEach(u -> zetels.put(u.partijId(), u.zetels()));
        return zetels;
    }

    public int zetels(Long partijId) {
        return zetelsPerPartij().getOrDefault(partijId, 0);
    }

    record Verkiezingsuitslag(Long partijId, int zetels) {
    }
}
