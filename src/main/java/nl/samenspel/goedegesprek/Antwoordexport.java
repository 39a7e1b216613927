package nl.samenspel.goedegesprek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.samenspel.rapportage.Tabel;

/**
 * The answers of a closed gesprek as tables for CSV and XLSX. An open gesprek exports every answer
 * with the name and example beside it. An anonymous gesprek exports only the distribution per item:
 * a row per deelnemer (even without a name) would show one person's whole answer pattern, and the
 * group or the free-text example could give away who it is.
 */
final class Antwoordexport {

    private Antwoordexport() {
    }

    static List<Tabel> tabellen(Gesprek gesprek, Vragenlijst vragenlijst, Interpretatie.Resultaat resultaat, List<Deelname> deelnames) {
        if (!resultaat.getoond()) {
            throw new nl.samenspel.shared.OngeldigVerzoekException(null, resultaat.verborgenReden());
        }
        List<Tabel> tabellen = new ArrayList<>();
        if (!gesprek.isAnoniem()) {
            tabellen.add(antwoorden(vragenlijst, deelnames));
        }
        tabellen.add(verdeling(vragenlijst, resultaat));
        return tabellen;
    }

    static Tabel antwoorden(Vragenlijst vragenlijst, List<Deelname> deelnames) {
        List<List<Object>> rijen = new ArrayList<>();
        deelnames.stream().filter(Deelname::isIngediend)
                .sorted(Comparator.comparing(d -> d.naam() == null ? "" : d.naam()))
                .forEach(d -> vragenlijst.items().forEach(item -> {
                    Antwoord antwoord = d.antwoorden().get(item.nummer());
                    Integer waarde = antwoord == null ? null : antwoord.waarde();
                    rijen.add(Arrays.asList(d.naam(), d.groep() == null ? null : d.groep().name().toLowerCase(), item.nummer(), item.tekst(),
                            waarde, waarde == null ? "geen antwoord" : vragenlijst.schaal().get(waarde - 1).label(),
                            antwoord == null ? null : antwoord.voorbeeld()));
                }));
        return new Tabel("Antwoorden", List.of("Deelnemer", "Groep", "Item", "Tekst", "Antwoord", "Betekenis", "Voorbeeld"), rijen);
    }

    static Tabel verdeling(Vragenlijst vragenlijst, Interpretatie.Resultaat resultaat) {
        List<String> kolommen = new ArrayList<>(List.of("Item", "Tekst", "Polariteit"));
        vragenlijst.schaal().forEach(p -> kolommen.add(p.waarde() + " " + p.label()));
        kolommen.addAll(List.of("Geen antwoord", "Mediaan", "Spreiding", "Aanvaardbaar", "Afwijking (stappen)", "Richting"));
        List<List<Object>> rijen = new ArrayList<>();
        for (Itemresultaat r : resultaat.items()) {
            List<Object> rij = new ArrayList<>(List.of(r.item().nummer(), r.item().tekst(), r.item().polariteit().name().toLowerCase()));
            vragenlijst.schaal().forEach(p -> rij.add(r.verdeling().aantal(p.waarde())));
            rij.add(r.verdeling().geenAntwoord());
            rij.add(r.mediaan());
            rij.add(r.spreiding());
            rij.add(r.norm().acceptabel().toString());
            rij.add(r.afwijking().stappen());
            rij.add(r.afwijking().richting().name().toLowerCase());
            rijen.add(rij);
        }
        return new Tabel("Verdeling per item", kolommen, rijen);
    }
}
