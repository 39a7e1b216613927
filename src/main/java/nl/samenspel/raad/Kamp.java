package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/**
 * Whether a motie or amendement came from the coalitie, the oppositie or both (tables 4 and 5),
 * judged by coalition membership on the date of the instrument. The seed shows only coalitie
 * and oppositie; a gemengd row appears when a gemeente has jointly submitted ones.
 */
enum Kamp {
    COALITIE,
    OPPOSITIE,
    GEMENGD;

    static Kamp bepaal(Collection<Long> partijen, LocalDate datum, Coalitieleden coalitie) {
        long verschillend = partijen.stream().distinct().count();
        if (verschillend == 0) {
            throw new IllegalArgumentException("een motie heeft minstens één indiener");
        }
        long inCoalitie = partijen.stream().distinct().filter(p -> coalitie.inCoalitie(p, datum)).count();
        if (inCoalitie == verschillend) {
            return COALITIE;
        }
        return inCoalitie == 0 ? OPPOSITIE : GEMENGD;
    }

    public String sleutel() {
        return "raad.kamp." + name().toLowerCase(Locale.ROOT);
    }
}
