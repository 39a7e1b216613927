package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The landkaart of seed 004: competence from the share of items within the norms (at least 75%
 * is bekwaam); awareness from how closely a body's view of itself matches how the others see it
 * (raad items answered by the raad versus by college and driehoek; college items likewise).
 * A mean difference of at most 0.75 step is bewust. Without a second view awareness cannot be
 * judged, and the map says so and counts it as onbewust: seeing yourself only through your own
 * eyes is what the seed calls onbewust.
 */
final class Landkaart {

    static final double DREMPEL_BEKWAAM = 0.75;
    static final double DREMPEL_BEWUST = 0.75;

    enum Kwadrant { ONBEWUST_ONBEKWAAM, BEWUST_ONBEKWAAM, BEWUST_BEKWAAM, ONBEWUST_BEKWAAM }

    record Positie(Kwadrant kwadrant, double aandeelBinnenNorm, Double zelfbeeldVerschil, List<String> redenen) {
    }

    private Landkaart() {
    }

    static Positie bepaal(List<Itemresultaat> items, List<Interpretatie.Invulling> invullingen) {
        return bepaal(items, invullingen, 1);
    }

    /**
     * {@code minimumGroep}: in an anonymous gesprek a body's self-view is compared only when the
     * body and the others each hold at least 3 deelnemers; otherwise the comparison would describe
     * one or two people's answers.
     */
    static Positie bepaal(List<Itemresultaat> items, List<Interpretatie.Invulling> invullingen, int minimumGroep) {
        List<String> redenen = new ArrayList<>();
        long beoordeeld = items.stream().filter(r -> r.afwijking().richting() != Afwijking.Richting.ONBEKEND).count();
        long binnen = items.stream().filter(r -> r.afwijking().binnenNorm()).count();
        double aandeel = beoordeeld == 0 ? 0 : (double) binnen / beoordeeld;
        boolean bekwaam = aandeel >= DREMPEL_BEKWAAM;
        redenen.add("%d van %d items liggen binnen de normen (%d%%); vanaf %d%% geldt de gemeente als bekwaam.".formatted(
                binnen, beoordeeld, Math.round(aandeel * 100), Math.round(DREMPEL_BEKWAAM * 100)));

        List<Double> verschillen = new ArrayList<>();
        for (Groep groep : List.of(Groep.RAAD, Groep.COLLEGE)) {
            long zelf = invullingen.stream().filter(i -> i.groep() == groep).count();
            long anderen = invullingen.size() - zelf;
            if (zelf > 0 && anderen > 0 && (zelf < minimumGroep || anderen < minimumGroep)) {
                redenen.add("%s wordt niet met de anderen vergeleken: in een anoniem gesprek pas vanaf %d deelnemers aan beide kanten, zodat niemand herleidbaar is."
                        .formatted(groep == Groep.RAAD ? "Het zelfbeeld van de raad" : "Het zelfbeeld van het college", minimumGroep));
                continue;
            }
            zelfbeeld(groep, groep == Groep.RAAD ? Vragenlijst.Onderdeel.RAAD : Vragenlijst.Onderdeel.COLLEGE, items, invullingen, verschillen, redenen);
        }
        Double verschil = verschillen.isEmpty() ? null : verschillen.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        boolean bewust = verschil != null && verschil <= DREMPEL_BEWUST;
        if (verschil == null) {
            redenen.add("Bewustzijn is niet te beoordelen: er is geen groep die zichzelf én door anderen beoordeeld ziet. Vul de vragenlijst met raad, college en driehoek samen in; tot dan telt dit als onbewust.");
        } else {
            redenen.add("Gemiddeld verschil tussen zelfbeeld en beeld van anderen: %s stap; tot en met %s geldt als bewust.".formatted(
                    Faseadvies.getal(Math.round(verschil * 100) / 100.0), Faseadvies.getal(DREMPEL_BEWUST)));
        }
        Kwadrant kwadrant = bekwaam
                ? (bewust ? Kwadrant.BEWUST_BEKWAAM : Kwadrant.ONBEWUST_BEKWAAM)
                : (bewust ? Kwadrant.BEWUST_ONBEKWAAM : Kwadrant.ONBEWUST_ONBEKWAAM);
        return new Positie(kwadrant, aandeel, verschil, redenen);
    }

    private static void zelfbeeld(Groep groep, Vragenlijst.Onderdeel onderdeel, List<Itemresultaat> items,
            List<Interpretatie.Invulling> invullingen, List<Double> verschillen, List<String> redenen) {
        List<Double> perItem = new ArrayList<>();
        for (Itemresultaat r : items) {
            if (r.item().groep() != onderdeel) {
                continue;
            }
            int nummer = r.item().nummer();
            OptionalDouble zelf = Statistiek.gemiddelde(invullingen.stream().filter(i -> i.groep() == groep).map(i -> i.waarden().get(nummer)).toList());
            OptionalDouble anderen = Statistiek.gemiddelde(invullingen.stream().filter(i -> i.groep() != groep).map(i -> i.waarden().get(nummer)).toList());
            if (zelf.isPresent() && anderen.isPresent()) {
                perItem.add(Math.abs(zelf.getAsDouble() - anderen.getAsDouble()));
            }
        }
        if (!perItem.isEmpty()) {
            double gemiddeld = perItem.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            verschillen.add(gemiddeld);
            redenen.add("%s over zichzelf tegenover de anderen over %s: gemiddeld %s stap verschil op %d items.".formatted(
                    groep == Groep.RAAD ? "De raad" : "Het college", groep == Groep.RAAD ? "de raad" : "het college",
                    Faseadvies.getal(Math.round(gemiddeld * 100) / 100.0), perItem.size()));
        }
    }
}
