package nl.samenspel.goedegesprek;

import java.util.Collection;
import java.util.List;

/**
 * 'Hoe vaak heeft u altijd, vaak, geregeld, soms en nooit geantwoord?' (seed 004, stap 2).
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

    /** One piece of the stacked SVG bar: x and width in pixels, and which answer it stands for. */
    record Segment(double x, double breedte, int waarde, int aantal) {
    }

    /** The stacked bar for a chart of {@code breedte} pixels; 'geen antwoord' last. */
    public List<Segment> segmenten(double breedte) {
        List<Segment> segmenten = new java.util.ArrayList<>();
        int totaal = totaal();
        double x = 0;
        for (int waarde : new int[] {1, 2, 3, 4, 5, 0}) {
            if (totaal > 0 && aantal(waarde) > 0) {
                double stuk = breedte * aantal(waarde) / totaal;
                segmenten.add(new Segment(x, stuk, waarde, aantal(waarde)));
                x += stuk;
            }
        }
        return segmenten;
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
