package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.Set;

/** One motie, amendement or schriftelijke vraag as the rules see it: kind, date, outcome, submitting partijen. */
record Indiening(Instrumentsoort soort, LocalDate datum, Uitkomst uitkomst, Set<Long> indieners) {

    Indiening {
        indieners = Set.copyOf(indieners);
        if (indieners.isEmpty()) {
            throw new IllegalArgumentException("minstens één indiener");
        }
        if (soort != Instrumentsoort.SCHRIFTELIJKE_VRAAG && uitkomst == null) {
            throw new IllegalArgumentException("een motie of amendement heeft een uitkomst");
        }
    }
}
