package nl.samenspel.enquete;

import java.util.List;
import java.util.Map;
import nl.samenspel.enquete.Anonimiteitsdrempel.Reden;
import nl.samenspel.enquete.Instrument.Indicator;
import nl.samenspel.enquete.Instrument.Vraag;

/**
 * A meting's report after suppression: nothing in here describes a group smaller than k, and a
 * hidden figure is null with its reason and its number of responses beside it. Pages, API and
 * exports all show this same object.
 */
record Rapport(int k, int kOpmerkingen, int respondenten, int medewerkers, Double responspercentage, boolean totaalGetoond,
        List<Afdelingsrespons> respons, List<Vraagtabel> vragen, List<HeatmapRij> heatmap, HeatmapRij heatmapTotaal,
        List<Spreiding> spreiding, Selectie selectie, Opmerkingen opmerkingen) {

    /** Response per afdeling; counts are always shown, answers only when {@code reden} is GETOOND. */
    record Afdelingsrespons(Long afdelingId, String naam, int medewerkers, int respondenten, Double responspercentage, Reden reden) {

        public boolean getoond() {
            return reden == Reden.GETOOND;
        }
    }

    /** One row of a question table: percentages per answer category 1..5, or null when hidden. */
    record Rij(Long afdelingId, String naam, int respondenten, Reden reden, List<Integer> aantallen, List<Double> procenten,
            Double gunstig) {

        public boolean getoond() {
            return reden == Reden.GETOOND;
        }
    }

    record Vraagtabel(Vraag vraag, List<Rij> afdelingen, Rij totaal, Rij selectie) {
    }

    /** Indicator scores 0..100 per afdeling (null when hidden). */
    record HeatmapRij(Long afdelingId, String naam, int respondenten, Reden reden, Map<Indicator, Double> scores, Double veiligheid) {

        public boolean getoond() {
            return reden == Reden.GETOOND;
        }

        public Double score(Indicator indicator) {
            return scores.get(indicator);
        }
    }

    /** Table 6 of the seed: the share gunstig (altijd of vaak for a positive question) across shown afdelingen. */
    record Spreiding(Vraag vraag, Double gemiddeld, Double organisatie, Extreem laagst, Extreem hoogst, int afdelingen) {
    }

    record Extreem(String afdeling, double waarde) {
    }

    /** A filter on afdelingen: only shown afdelingen count; the hidden ones in the selection are named. */
    record Selectie(List<String> meegeteld, List<String> nietMeegeteld, int respondenten) {
    }

    record Opmerkingen(boolean getoond, int aantal, List<String> teksten) {
    }
}
