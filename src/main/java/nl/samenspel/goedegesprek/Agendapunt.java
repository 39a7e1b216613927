package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.List;

/**
 * An item to discuss first: the largest deviations from the norm, then the largest differences
 * between deelnemers, with the questions seed 004 (stap 2) asks.
 */
record Agendapunt(Vragenlijst.Item item, String reden, List<String> vragen) {

    static final int MAXIMUM = 5;
    static final String HOE_GEKOMEN = "Hoe bent u tot uw antwoord gekomen?";
    static final String VOORBEELDEN = "Kunt u voorbeelden geven?";
    static final String VERSCHILLEN = "Waar zitten de verschillen tussen onze antwoorden, en hoe komt dat?";
    static final String NORM = "Hoe groot is het verschil met onze norm, en wat zegt dat over de interventies die passend zijn?";

    static List<Agendapunt> agenda(List<Itemresultaat> items) {
        return items.stream()
                .filter(r -> r.afwijking().richting() == Afwijking.Richting.ONGUNSTIG || r.verschil())
                .sorted(Interpretatie.ernstigsteEerst())
                .limit(MAXIMUM)
                .map(Agendapunt::van)
                .toList();
    }

    private static Agendapunt van(Itemresultaat r) {
        List<String> redenen = new ArrayList<>();
        List<String> vragen = new ArrayList<>(List.of(HOE_GEKOMEN, VOORBEELDEN));
        if (r.afwijking().richting() == Afwijking.Richting.ONGUNSTIG) {
            redenen.add("%d %s buiten de norm".formatted(r.afwijking().stappen(), r.afwijking().stappen() == 1 ? "stap" : "stappen"));
            vragen.add(NORM);
        }
        if (r.verschil()) {
            redenen.add("de antwoorden lopen %d stappen uiteen".formatted(r.spreiding()));
            vragen.add(VERSCHILLEN);
        }
        return new Agendapunt(r.item(), String.join("; ", redenen), vragen);
    }
}
