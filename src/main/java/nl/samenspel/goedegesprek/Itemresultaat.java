package nl.samenspel.goedegesprek;

import java.util.Map;

/**
 * One item's figures: the distribution, median and spread over all deelnemers, the median per
 * group (groups too small to show in an anonymous gesprek are left out), and the deviation from
 * the norm. {@code verschil}: answers lie two or more steps apart, worth discussing.
 */
record Itemresultaat(Vragenlijst.Item item, Normen.Norm norm, Categorietelling verdeling, Double mediaan, int spreiding,
        Map<Groep, Double> mediaanPerGroep, Afwijking afwijking) {

    public boolean verschil() {
        return spreiding >= 2;
    }
}
