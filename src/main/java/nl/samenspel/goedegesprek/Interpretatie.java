package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004, stap 2: counts per answer category per deelnemer and overall, the distribution per
 * item, where deelnemers differ, the comparison between raad, college and driehoek, and the
 * deviation from the norms set beforehand; from those the gespreksagenda, landkaart and phase.
 * Pure computation: no storage, no Spring.
 */
final class Interpretatie {

    /** One submitted vragenlijst: item → answer 1..5, or null for 'geen antwoord'. */
    record Invulling(String naam, Groep groep, Map<Integer, Integer> waarden) {
    }

    record Deelnemertelling(String naam, Groep groep, Categorietelling telling) {
    }

    record Resultaat(boolean getoond, String verborgenReden, int aantalDeelnemers, Map<Groep, Integer> aantalPerGroep,
            Categorietelling totaal, List<Deelnemertelling> perDeelnemer, List<Itemresultaat> items,
            List<Agendapunt> agenda, Faseadvies faseadvies, Landkaart.Positie landkaart) {
    }

    private Interpretatie() {
    }

    static Resultaat bereken(Vragenlijst vragenlijst, Normen normen, Zichtbaarheid zichtbaarheid, List<Invulling> invullingen) {
        Map<Groep, Integer> perGroep = new EnumMap<>(Groep.class);
        invullingen.forEach(i -> perGroep.merge(i.groep(), 1, Integer::sum));
        boolean anoniem = zichtbaarheid == Zichtbaarheid.ANONIEM;
        if (anoniem && invullingen.size() < Zichtbaarheid.MINIMUM_ANONIEM) {
            return new Resultaat(false, "Dit anonieme gesprek heeft %d ingediende vragenlijst(en); resultaten verschijnen vanaf %d deelnemers, zodat niemand herleidbaar is."
                    .formatted(invullingen.size(), Zichtbaarheid.MINIMUM_ANONIEM), invullingen.size(), perGroep, null, List.of(), List.of(),
                    List.of(), null, null);
        }
        List<Integer> alleWaarden = new ArrayList<>();
        List<Deelnemertelling> perDeelnemer = new ArrayList<>();
        for (Invulling invulling : invullingen) {
            List<Integer> waarden = waardenVan(invulling);
            alleWaarden.addAll(waarden);
            if (!anoniem) {
                perDeelnemer.add(new Deelnemertelling(invulling.naam(), invulling.groep(), Categorietelling.van(waarden)));
            }
        }
        List<Itemresultaat> items = vragenlijst.items().stream()
                .map(item -> item(item, normen.norm(item.nummer()), invullingen, anoniem)).toList();
        return new Resultaat(true, null, invullingen.size(), perGroep, Categorietelling.van(alleWaarden), perDeelnemer, items,
                Agendapunt.agenda(items), Faseadvies.bepaal(items), Landkaart.bepaal(items, invullingen, anoniem ? Zichtbaarheid.MINIMUM_ANONIEM : 1));
    }

    private static List<Integer> waardenVan(Invulling invulling) {
        List<Integer> waarden = new ArrayList<>();
        for (int item = 1; item <= Invulregels.ITEMS; item++) {
            waarden.add(invulling.waarden().get(item));
        }
        return waarden;
    }

    private static Itemresultaat item(Vragenlijst.Item item, Normen.Norm norm, List<Invulling> invullingen, boolean anoniem) {
        List<Integer> waarden = invullingen.stream().map(i -> i.waarden().get(item.nummer())).toList();
        Map<Groep, Double> perGroep = new EnumMap<>(Groep.class);
        for (Groep groep : Groep.values()) {
            List<Invulling> vanGroep = invullingen.stream().filter(i -> i.groep() == groep).toList();
            boolean teKlein = anoniem && vanGroep.size() < Zichtbaarheid.MINIMUM_ANONIEM;
            if (!vanGroep.isEmpty() && !teKlein) {
                Double mediaan = Statistiek.mediaan(vanGroep.stream().map(i -> i.waarden().get(item.nummer())).toList());
                if (mediaan != null) {
                    perGroep.put(groep, mediaan);
                }
            }
        }
        Double mediaan = Statistiek.mediaan(waarden);
        return new Itemresultaat(item, norm, Categorietelling.van(waarden), mediaan, Statistiek.spreiding(waarden), perGroep,
                Afwijking.bepaal(mediaan, norm.acceptabel(), item.polariteit(), norm.zwaar()));
    }

    static Comparator<Itemresultaat> ernstigsteEerst() {
        return Comparator.comparingInt((Itemresultaat r) -> r.afwijking().richting() == Afwijking.Richting.ONGUNSTIG ? r.afwijking().stappen() : 0)
                .reversed()
                .thenComparing(Comparator.comparingInt(Itemresultaat::spreiding).reversed())
                .thenComparingInt(r -> r.item().nummer());
    }
}
