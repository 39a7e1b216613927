package nl.samenspel.goedegesprek;

import java.util.Collection;
import java.util.List;

/**
 * "Hoe vaak heeft u altijd, vaak, geregeld, soms en nooit geantwoord?" (seed 004, stap 2).
 * {@code aantallen} has six places: 0 = geen antwoord, 1 = altijd .. 5 = nooit.
 */
record Categorietelling(List<Integer> aantallen) {

    static Categorietelling van(Collection<Integer> waarden) {
        int[] telling = new int[6];
        for (Integer waarde : waarden) {
            telling[waarde == null ? 0 : waarde]++;
        }
        return new Categorietelling(java.util.Arrays.stream(telling).boxed().toList());
    }

    public int aantal(int waarde) {
        return aantallen.get(waarde);
    }

    public int geenAntwoord() {
        return aantallen.get(0);
    }

    public int gegeven() {
        return totaal() - geenAntwoord();
    }

    public int totaal() {
        return aantallen.stream().mapToInt(Integer::intValue).sum();
    }
}
