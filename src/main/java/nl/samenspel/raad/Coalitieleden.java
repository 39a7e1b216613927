package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** All coalition memberships of a gemeente: who was coalition on a given date. */
record Coalitieleden(List<Lidmaatschap> lidmaatschappen) {

    Coalitieleden {
        lidmaatschappen = List.copyOf(lidmaatschappen);
    }

    boolean inCoalitie(long partijId, LocalDate datum) {
        return lidmaatschappen.stream().anyMatch(l -> l.partijId() == partijId && l.geldtOp(datum));
    }

    Set<Long> op(LocalDate datum) {
        return lidmaatschappen.stream().filter(l -> l.geldtOp(datum)).map(Lidmaatschap::partijId).collect(Collectors.toSet());
    }
}
