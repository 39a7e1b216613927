package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups of respondents a report may show. Primary suppression hides every group smaller
 * than the minimum group size k. Complementary suppression then hides the smallest shown groups
 * until the hidden groups together hold 0 or at least k responses, so that the total minus the
 * shown groups never describes fewer than k people. A total below k is hidden as well.
 * Plain rules; the reports, the API and the exports all take their decisions from here.
 */
final class Anonimiteitsdrempel {

    static final int STANDAARD = 5;
    static final int MINIMUM = 3;
    static final int STANDAARD_OPMERKINGEN = 10;

    enum Reden { GETOOND, GEEN_RESPONS, TE_KLEIN, AANVULLEND }

    /** The decision per group (in the order given) and for the total. */
    record Uitkomst<K>(int k, Map<K, Integer> aantallen, Map<K, Reden> redenen, boolean totaalGetoond) {

        boolean getoond(K groep) {
            return redenen.get(groep) == Reden.GETOOND;
        }

        Reden reden(K groep) {
            return redenen.getOrDefault(groep, Reden.GEEN_RESPONS);
        }

        int totaal() {
            return aantallen.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Responses in hidden groups: what the total minus the shown groups describes. */
        int verborgen() {
            return aantallen.entrySet().stream().filter(e -> !getoond(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        }
    }

    private final int k;

    Anonimiteitsdrempel(int k) {
        if (k < MINIMUM) {
            throw new IllegalArgumentException("De minimale groepsgrootte is ten minste " + MINIMUM + ".");
        }
        this.k = k;
    }

    int k() {
        return k;
    }

    <K> Uitkomst<K> beoordeel(Map<K, Integer> aantallen) {
        Map<K, Reden> redenen = new LinkedHashMap<>();
        int totaal = 0;
        int verborgen = 0;
        for (var groep : aantallen.entrySet()) {
            int n = groep.getValue();
            if (n < 0) {
                throw new IllegalArgumentException("Negatief aantal responsen voor " + groep.getKey());
            }
            totaal += n;
            Reden reden = n == 0 ? Reden.GEEN_RESPONS : n < k ? Reden.TE_KLEIN : Reden.GETOOND;
            redenen.put(groep.getKey(), reden);
            if (reden == Reden.TE_KLEIN) {
                verborgen += n;
            }
        }
        List<K> getoond = new ArrayList<>(redenen.keySet().stream().filter(g -> redenen.get(g) == Reden.GETOOND).toList());
        getoond.sort(Comparator.comparingInt(aantallen::get)); // stable: ties keep the given order
        for (int i = 0; verborgen > 0 && verborgen < k && i < getoond.size(); i++) {
            K kleinste = getoond.get(i);
            redenen.put(kleinste, Reden.AANVULLEND);
            verborgen += aantallen.get(kleinste);
        }
        return new Uitkomst<>(k, new LinkedHashMap<>(aantallen), redenen, totaal >= k);
    }

    /** Open comments are shown only for a group of at least {@code kOpmerkingen} responses. */
    static boolean opmerkingenTonen(int respondenten, int kOpmerkingen) {
        return respondenten >= kOpmerkingen;
    }
}
