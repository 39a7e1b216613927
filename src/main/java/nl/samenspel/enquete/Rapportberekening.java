package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.enquete.Anonimiteitsdrempel.Reden;
import nl.samenspel.enquete.Instrument.Indicator;
import nl.samenspel.enquete.Instrument.Vraag;

/**
 * Turns counts per afdeling, question and answer (aggregated in SQL) into the report, applying
 * one suppression decision to every table: the afdeling tables, the totals, the heatmap, table 6
 * and the selection. Plain Java; its input is small whatever the number of responses.
 */
final class Rapportberekening {

    record Afdelingsgegevens(Long id, String naam, int medewerkers) {
    }

    /** {@code tellingen}: per afdeling, per question code, the count of answers 1..5 (index 0..4). */
    record Invoer(Instrument instrument, List<Afdelingsgegevens> afdelingen, Map<Long, Integer> respondenten,
            Map<Long, Map<String, int[]>> tellingen, int k, int kOpmerkingen, int aantalOpmerkingen, List<String> opmerkingen,
            Set<Long> selectie) {
    }

    private Rapportberekening() {
    }

    static Rapport bereken(Invoer invoer) {
        Map<Long, Integer> aantallen = new LinkedHashMap<>();
        invoer.afdelingen().forEach(a -> aantallen.put(a.id(), invoer.respondenten().getOrDefault(a.id(), 0)));
        var uitkomst = new Anonimiteitsdrempel(invoer.k()).beoordeel(aantallen);
        int respondenten = uitkomst.totaal();
        int medewerkers = invoer.afdelingen().stream().mapToInt(Afdelingsgegevens::medewerkers).sum();

        List<Rapport.Afdelingsrespons> respons = invoer.afdelingen().stream()
                .map(a -> new Rapport.Afdelingsrespons(a.id(), a.naam(), a.medewerkers(), aantallen.get(a.id()),
                        Procent.van(aantallen.get(a.id()), a.medewerkers()), uitkomst.reden(a.id())))
                .toList();
        List<Rapport.Vraagtabel> vragen = invoer.instrument().vragen().stream().map(v -> vraagtabel(v, invoer, uitkomst)).toList();
        List<Rapport.HeatmapRij> heatmap = invoer.afdelingen().stream()
                .map(a -> heatmapRij(a.id(), a.naam(), aantallen.get(a.id()), uitkomst.reden(a.id()), invoer, List.of(a.id())))
                .toList();
        Rapport.HeatmapRij heatmapTotaal = heatmapRij(null, null, respondenten,
                uitkomst.totaalGetoond() ? Reden.GETOOND : Reden.TE_KLEIN, invoer, List.copyOf(aantallen.keySet()));
        List<Rapport.Spreiding> spreiding = vragen.stream().filter(t -> t.vraag().indicator() == Indicator.WERKBELEVING)
                .map(Rapportberekening::spreiding).toList();
        boolean opmerkingenGetoond = uitkomst.totaalGetoond()
                && Anonimiteitsdrempel.opmerkingenTonen(respondenten, invoer.kOpmerkingen());
        var opmerkingen = new Rapport.Opmerkingen(opmerkingenGetoond, invoer.aantalOpmerkingen(),
                opmerkingenGetoond ? invoer.opmerkingen().stream().sorted().toList() : List.of());
        return new Rapport(invoer.k(), invoer.kOpmerkingen(), respondenten, medewerkers, Procent.van(respondenten, medewerkers),
                uitkomst.totaalGetoond(), respons, vragen, heatmap, heatmapTotaal, spreiding, selectie(invoer, uitkomst), opmerkingen);
    }

    private static Rapport.Vraagtabel vraagtabel(Vraag vraag, Invoer invoer, Anonimiteitsdrempel.Uitkomst<Long> uitkomst) {
        List<Rapport.Rij> rijen = new ArrayList<>();
        int[] totaal = new int[Instrument.SCHAALPUNTEN];
        int[] selectie = new int[Instrument.SCHAALPUNTEN];
        int inSelectie = 0;
        for (Afdelingsgegevens afdeling : invoer.afdelingen()) {
            int[] telling = telling(invoer, afdeling.id(), vraag.code());
            optellen(totaal, telling);
            boolean getoond = uitkomst.getoond(afdeling.id());
            if (getoond && invoer.selectie().contains(afdeling.id())) {
                optellen(selectie, telling);
                inSelectie += uitkomst.aantallen().get(afdeling.id());
            }
            rijen.add(rij(afdeling.id(), afdeling.naam(), uitkomst.aantallen().get(afdeling.id()), uitkomst.reden(afdeling.id()), telling, vraag));
        }
        Rapport.Rij totaalRij = rij(null, null, uitkomst.totaal(), uitkomst.totaalGetoond() ? Reden.GETOOND : Reden.TE_KLEIN, totaal, vraag);
        Rapport.Rij selectieRij = invoer.selectie().isEmpty() ? null
                : rij(null, null, inSelectie, inSelectie > 0 ? Reden.GETOOND : Reden.GEEN_RESPONS, selectie, vraag);
        return new Rapport.Vraagtabel(vraag, rijen, totaalRij, selectieRij);
    }

    private static Rapport.Rij rij(Long id, String naam, int respondenten, Reden reden, int[] telling, Vraag vraag) {
        if (reden != Reden.GETOOND) {
            return new Rapport.Rij(id, naam, respondenten, reden, null, null, null);
        }
        int n = Arrays.stream(telling).sum();
        List<Double> procenten = Arrays.stream(telling).mapToObj(t -> Procent.van(t, n)).toList();
        int gunstig = 0;
        for (int w = 1; w <= Instrument.SCHAALPUNTEN; w++) {
            gunstig += vraag.gunstig(w) ? telling[w - 1] : 0;
        }
        return new Rapport.Rij(id, naam, respondenten, reden, Arrays.stream(telling).boxed().toList(), procenten, Procent.van(gunstig, n));
    }

    private static Rapport.HeatmapRij heatmapRij(Long id, String naam, int respondenten, Reden reden, Invoer invoer, List<Long> afdelingen) {
        Map<Indicator, Double> scores = new EnumMap<>(Indicator.class);
        if (reden != Reden.GETOOND) {
            return new Rapport.HeatmapRij(id, naam, respondenten, reden, scores, null);
        }
        double som = 0;
        for (Indicator indicator : Indicator.veiligheid()) {
            long punten = 0;
            long antwoorden = 0;
            for (Vraag vraag : invoer.instrument().vragenVan(indicator)) {
                for (Long afdeling : afdelingen) {
                    int[] telling = telling(invoer, afdeling, vraag.code());
                    for (int w = 1; w <= Instrument.SCHAALPUNTEN; w++) {
                        punten += (long) telling[w - 1] * vraag.score(w);
                        antwoorden += telling[w - 1];
                    }
                }
            }
            double score = antwoorden == 0 ? 0 : (double) punten / antwoorden;
            scores.put(indicator, Procent.afgerond(score));
            som += score;
        }
        return new Rapport.HeatmapRij(id, naam, respondenten, reden, scores, Procent.afgerond(som / Indicator.veiligheid().size()));
    }

    private static Rapport.Spreiding spreiding(Rapport.Vraagtabel tabel) {
        List<Rapport.Rij> getoond = tabel.afdelingen().stream().filter(Rapport.Rij::getoond).toList();
        if (getoond.isEmpty()) {
            return new Rapport.Spreiding(tabel.vraag(), null, tabel.totaal().gunstig(), null, null, 0);
        }
        Rapport.Rij laagst = getoond.get(0);
        Rapport.Rij hoogst = getoond.get(0);
        double som = 0;
        for (Rapport.Rij rij : getoond) {
            som += rij.gunstig();
            laagst = rij.gunstig() < laagst.gunstig() ? rij : laagst;
            hoogst = rij.gunstig() > hoogst.gunstig() ? rij : hoogst;
        }
        return new Rapport.Spreiding(tabel.vraag(), Procent.afgerond(som / getoond.size()), tabel.totaal().gunstig(),
                new Rapport.Extreem(laagst.naam(), laagst.gunstig()), new Rapport.Extreem(hoogst.naam(), hoogst.gunstig()), getoond.size());
    }

    private static Rapport.Selectie selectie(Invoer invoer, Anonimiteitsdrempel.Uitkomst<Long> uitkomst) {
        if (invoer.selectie().isEmpty()) {
            return null;
        }
        List<String> meegeteld = new ArrayList<>();
        List<String> niet = new ArrayList<>();
        int respondenten = 0;
        for (Afdelingsgegevens afdeling : invoer.afdelingen()) {
            if (invoer.selectie().contains(afdeling.id())) {
                if (uitkomst.getoond(afdeling.id())) {
                    meegeteld.add(afdeling.naam());
                    respondenten += uitkomst.aantallen().get(afdeling.id());
                } else {
                    niet.add(afdeling.naam());
                }
            }
        }
        return new Rapport.Selectie(meegeteld, niet, respondenten);
    }

    private static int[] telling(Invoer invoer, Long afdeling, String code) {
        return invoer.tellingen().getOrDefault(afdeling, Map.of()).getOrDefault(code, new int[Instrument.SCHAALPUNTEN]);
    }

    private static void optellen(int[] som, int[] telling) {
        for (int i = 0; i < som.length; i++) {
            som[i] += telling[i];
        }
    }
}
