package nl.samenspel.raad;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Tables 4 and 5: per kamp the total and, per outcome, count and whole percentage of that kamp's total. */
final class Uitkomsttabel {

    private final Map<Kamp, Map<Uitkomst, Integer>> tellingen = new EnumMap<>(Kamp.class);

    Uitkomsttabel() {
        for (Kamp kamp : Kamp.values()) {
            Map<Uitkomst, Integer> perUitkomst = new EnumMap<>(Uitkomst.class);
            for (Uitkomst uitkomst : Uitkomst.values()) {
                perUitkomst.put(uitkomst, 0);
            }
            tellingen.put(kamp, perUitkomst);
        }
    }

    void tel(Kamp kamp, Uitkomst uitkomst) {
        tellingen.get(kamp).merge(uitkomst, 1, Integer::sum);
    }

    int aantal(Kamp kamp, Uitkomst uitkomst) {
        return tellingen.get(kamp).get(uitkomst);
    }

    int totaal(Kamp kamp) {
        return tellingen.get(kamp).values().stream().mapToInt(Integer::intValue).sum();
    }

    int totaal() {
        return tellingen.keySet().stream().mapToInt(this::totaal).sum();
    }

    Integer procent(Kamp kamp, Uitkomst uitkomst) {
        return Percentage.heel(aantal(kamp, uitkomst), totaal(kamp));
    }

    /** Coalitie and oppositie always (as in the seed), gemengd only when it occurs. */
    List<Rij> rijen() {
        List<Rij> rijen = new ArrayList<>();
        for (Kamp kamp : Kamp.values()) {
            if (kamp != Kamp.GEMENGD || totaal(kamp) > 0) {
                List<Cel> cellen = new ArrayList<>();
                for (Uitkomst uitkomst : Uitkomst.values()) {
                    cellen.add(new Cel(uitkomst, aantal(kamp, uitkomst), procent(kamp, uitkomst)));
                }
                rijen.add(new Rij(kamp, totaal(kamp), cellen));
            }
        }
        return rijen;
    }

    record Rij(Kamp kamp, int totaal, List<Cel> cellen) {
    }

    record Cel(Uitkomst uitkomst, int aantal, Integer procent) {
    }
}
