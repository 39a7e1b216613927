package nl.samenspel.raad;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Seats per partij in one raad (an election result or the fracties on a date), with the measures
 * of fragmentation in chapter 4: number of fracties, share of local parties' seats (table 8),
 * effective number of parties (Laakso-Taagepera), largest party's share and a coalition's size.
 */
record Zetelverdeling(Map<Long, Integer> zetels, Set<Long> lokalePartijen) {

    Zetelverdeling {
        Map<Long, Integer> metZetels = new LinkedHashMap<>();
        zetels.forEach((partij, aantal) -> {
            if (aantal < 0) {
                throw new IllegalArgumentException("negatief aantal zetels");
            }
            if (aantal > 0) {
                metZetels.put(partij, aantal);
            }
        });
        zetels = Map.copyOf(metZetels);
        lokalePartijen = Set.copyOf(lokalePartijen);
    }

    int totaal() {
        return zetels.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Partijen with at least one seat. */
    int fracties() {
        return zetels.size();
    }

    int lokaleFracties() {
        return (int) zetels.keySet().stream().filter(lokalePartijen::contains).count();
    }

    int lokaleZetels() {
        return zetels.entrySet().stream().filter(e -> lokalePartijen.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    Integer lokaalProcent() {
        return Percentage.heel(lokaleZetels(), totaal());
    }

    Integer landelijkProcent() {
        return Percentage.heel(totaal() - lokaleZetels(), totaal());
    }

    /** Laakso-Taagepera: 1 / sum of squared seat shares; between 1 and the number of fracties. Null for an empty raad. */
    Double effectiefAantalPartijen() {
        int totaal = totaal();
        if (totaal == 0) {
            return null;
        }
        long somKwadraten = zetels.values().stream().mapToLong(z -> (long) z * z).sum();
        return (double) totaal * totaal / somKwadraten;
    }

    int grootsteFractie() {
        return zetels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    Integer grootsteProcent() {
        return Percentage.heel(grootsteFractie(), totaal());
    }

    /** Seats held by these (coalition) partijen. */
    int zetelsVan(Collection<Long> partijen) {
        return partijen.stream().distinct().mapToInt(p -> zetels.getOrDefault(p, 0)).sum();
    }
}
