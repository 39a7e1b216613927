package nl.samenspel.goedegesprek;

import java.util.SortedSet;

/**
 * How far an item's median lies outside the norm, respecting the item's polarity: only a
 * deviation towards the problem side (ONGUNSTIG) points to a phase on the escalatieladder.
 */
record Afwijking(Richting richting, int stappen, int fase) {

    enum Richting { BINNEN, ONGUNSTIG, GUNSTIG, ONBEKEND }

    static final Afwijking ONBEKEND = new Afwijking(Richting.ONBEKEND, 0, 0);

    static Afwijking bepaal(Double mediaan, SortedSet<Integer> acceptabel, Vragenlijst.Polariteit polariteit, boolean zwaar) {
        if (mediaan == null) {
            return ONBEKEND;
        }
        double afstand = acceptabel.stream().mapToDouble(a -> Math.abs(mediaan - a)).min().orElseThrow();
        if (afstand == 0) {
            return new Afwijking(Richting.BINNEN, 0, 0);
        }
        int stappen = (int) Math.ceil(afstand);
        boolean lagerDanNorm = mediaan < acceptabel.first();
        boolean hogerDanNorm = mediaan > acceptabel.last();
        // Low values mean "altijd": bad for a NEGATIEF item, good for a POSITIEF one. A gap inside the set counts as ongunstig.
        boolean gunstig = (polariteit == Vragenlijst.Polariteit.NEGATIEF && hogerDanNorm)
                || (polariteit == Vragenlijst.Polariteit.POSITIEF && lagerDanNorm);
        if (gunstig) {
            return new Afwijking(Richting.GUNSTIG, stappen, 0);
        }
        return new Afwijking(Richting.ONGUNSTIG, stappen, Math.min(3, stappen + (zwaar ? 1 : 0)));
    }

    public boolean binnenNorm() {
        return richting == Richting.BINNEN || richting == Richting.GUNSTIG;
    }
}
