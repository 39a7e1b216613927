package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

/** Who asked a schriftelijke vraag (table 3), judged by coalition membership on the date of submission. */
enum Stellercategorie {
    EEN_COALITIEPARTIJ,
    EEN_OPPOSITIEPARTIJ,
    MEERDERE_COALITIEPARTIJEN,
    MEERDERE_OPPOSITIEPARTIJEN,
    MIX;

    static Stellercategorie bepaal(Collection<Long> partijen, LocalDate ingediend, Coalitieleden coalitie) {
        long verschillend = partijen.stream().distinct().count();
        if (verschillend == 0) {
            throw new IllegalArgumentException("een vraag heeft minstens één indiener");
        }
        long coalitiepartijen = partijen.stream().distinct().filter(p -> coalitie.inCoalitie(p, ingediend)).count();
        if (coalitiepartijen > 0 && coalitiepartijen < verschillend) {
            return MIX;
        }
        boolean allesCoalitie = coalitiepartijen == verschillend;
        if (verschillend == 1) {
            return allesCoalitie ? EEN_COALITIEPARTIJ : EEN_OPPOSITIEPARTIJ;
        }
        return allesCoalitie ? MEERDERE_COALITIEPARTIJEN : MEERDERE_OPPOSITIEPARTIJEN;
    }

    public String sleutel() {
        return "raad.steller." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
