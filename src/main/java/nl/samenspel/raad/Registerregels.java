package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small rules the register forms share: a chosen partij, a date inside a raadsperiode, overlapping periods. */
final class Registerregels {

    private Registerregels() {
    }

    /** The partij of this gemeente with the id in the text, or null (empty, not a number, or another gemeente's). */
    static Partij partij(String tekst, Map<Long, Partij> partijen) {
        try {
            return tekst == null || tekst.isBlank() ? null : partijen.get(Long.valueOf(tekst.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** When the gemeente keeps raadsperiodes, an event in the raad falls inside one of them. */
    static void inPeriode(Veldcontrole v, String veld, LocalDate dag, List<Raadsperiode> periodes) {
        if (!periodes.isEmpty() && periodes.stream().noneMatch(p -> p.bevat(dag))) {
            v.fout(veld, "raad.fout.datum.buiten-periodes", Veldcontrole.DAG.format(dag));
        }
    }

    /** The first period that shares a day with begin..einde (both inclusive). */
    static Optional<Raadsperiode> overlap(LocalDate begin, LocalDate einde, List<Raadsperiode> periodes) {
        return periodes.stream().filter(p -> !einde.isBefore(p.beginDatum()) && !begin.isAfter(p.eindDatum())).findFirst();
    }
}
