package nl.samenspel.enquete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import nl.samenspel.enquete.Instrument.Indicator;
import nl.samenspel.enquete.Instrument.Vraag;

/**
 * The comparison across gemeenten: per question the favourable share (altijd or vaak for a
 * positive statement, zelden or nooit for a negative one) and per indicator the score, as
 * quartiles over the gemeenten that take part, with the gemeente's own figure beside them. No
 * gemeente is named; with fewer than {@link #MINIMUM_GEMEENTEN} gemeenten nothing is compared (so a
 * quartile is rarely one gemeente's own figure), a gemeente with fewer than
 * {@link #MINIMUM_RESPONSEN} responses (or fewer than its own minimum group) is not counted, and a
 * gemeente that is not counted itself sees nothing. Quartiles interpolate linearly between
 * the sorted values (the usual spreadsheet method).
 */
final class Vergelijking {

    static final int MINIMUM_GEMEENTEN = 10;
    static final int MINIMUM_RESPONSEN = 10;

    /**
     * One gemeente's latest closed meting: respondents, counts of the answers 1..5 per question code,
     * and the gemeente's own minimum group size (its total is hidden below that, so it is not counted).
     */
    record Gemeentetotaal(Long gemeenteId, int responsen, Map<String, int[]> tellingen, int minimaleGroep) {

        boolean telt() {
            return Vergelijking.telt(responsen, minimaleGroep);
        }
    }

    /** Quartiles over the counted gemeenten, one decimal. */
    record Spreiding(int gemeenten, double p25, double mediaan, double p75) {
    }

    /**
     * A question (code) or an indicator (name): the spread, the own figure (null when the own
     * gemeente is not counted), and the share of the other gemeenten whose figure is lower.
     */
    record Regel(String sleutel, Spreiding spreiding, Double eigen, Integer procentAnderenLager) {
    }

    /** Figures only when enough gemeenten count and the own gemeente is one of them: who does not give, does not see. */
    record Uitkomst(int meegeteld, boolean eigenMeegeteld, List<Regel> indicatoren, List<Regel> vragen) {

        public boolean genoeg() {
            return meegeteld >= MINIMUM_GEMEENTEN;
        }

        public boolean getoond() {
            return genoeg() && eigenMeegeteld;
        }
    }

    private Vergelijking() {
    }

    /** A meting counts from 10 responses and never below the gemeente's own minimum group (below it, its total is hidden). */
    static boolean telt(int responsen, int minimaleGroep) {
        return responsen >= Math.max(MINIMUM_RESPONSEN, minimaleGroep);
    }

    static Uitkomst bereken(Instrument instrument, List<Gemeentetotaal> totalen, Long eigenGemeente) {
        List<Gemeentetotaal> geteld = totalen.stream().filter(Gemeentetotaal::telt)
                .sorted(Comparator.comparing(Gemeentetotaal::gemeenteId)).toList();
        boolean eigenMeegeteld = geteld.stream().anyMatch(t -> t.gemeenteId().equals(eigenGemeente));
        if (geteld.size() < MINIMUM_GEMEENTEN || !eigenMeegeteld) {
            return new Uitkomst(geteld.size(), eigenMeegeteld, List.of(), List.of());
        }
        List<Regel> indicatoren = new ArrayList<>();
        for (Indicator indicator : Indicator.veiligheid()) {
            List<Vraag> vragen = instrument.vragenVan(indicator);
            indicatoren.add(regel(indicator.name(), geteld, eigenGemeente, t -> score(vragen, t)));
        }
        List<Regel> vragen = new ArrayList<>();
        for (Vraag vraag : instrument.vragen()) {
            if (vraag.indicator() != Indicator.EXTRA) {
                vragen.add(regel(vraag.code(), geteld, eigenGemeente, t -> gunstig(vraag, t)));
            }
        }
        return new Uitkomst(geteld.size(), eigenMeegeteld, indicatoren, vragen);
    }

    private static Regel regel(String sleutel, List<Gemeentetotaal> geteld, Long eigenGemeente, ToDoubleFunction<Gemeentetotaal> maat) {
        double[] waarden = geteld.stream().mapToDouble(maat).toArray();
        double[] gesorteerd = waarden.clone();
        Arrays.sort(gesorteerd);
        Spreiding spreiding = new Spreiding(waarden.length, Procent.afgerond(kwantiel(gesorteerd, 0.25)),
                Procent.afgerond(kwantiel(gesorteerd, 0.5)), Procent.afgerond(kwantiel(gesorteerd, 0.75)));
        Double eigen = null;
        Integer lager = null;
        for (int i = 0; i < geteld.size(); i++) {
            if (geteld.get(i).gemeenteId().equals(eigenGemeente)) {
                double waarde = waarden[i];
                eigen = Procent.afgerond(waarde);
                long anderenLager = Arrays.stream(waarden).filter(w -> w < waarde).count();
                lager = (int) Math.round(100.0 * anderenLager / (waarden.length - 1));
            }
        }
        return new Regel(sleutel, spreiding, eigen, lager);
    }

    /** Linear interpolation between the two nearest ranks; {@code gesorteerd} is not empty. */
    static double kwantiel(double[] gesorteerd, double p) {
        double positie = (gesorteerd.length - 1) * p;
        int onder = (int) Math.floor(positie);
        int boven = Math.min(onder + 1, gesorteerd.length - 1);
        return gesorteerd[onder] + (positie - onder) * (gesorteerd[boven] - gesorteerd[onder]);
    }

    /** The favourable share of one question in percent; 0 when the question has no answers. */
    static double gunstig(Vraag vraag, Gemeentetotaal totaal) {
        int[] telling = totaal.tellingen().getOrDefault(vraag.code(), new int[Instrument.SCHAALPUNTEN]);
        long gunstig = 0;
        long alle = 0;
        for (int w = 1; w <= Instrument.SCHAALPUNTEN; w++) {
            alle += telling[w - 1];
            gunstig += vraag.gunstig(w) ? telling[w - 1] : 0;
        }
        return alle == 0 ? 0 : 100.0 * gunstig / alle;
    }

    /** The indicator score as in the heatmap: the average of 0..100 over all answers to its statements. */
    static double score(List<Vraag> vragen, Gemeentetotaal totaal) {
        long punten = 0;
        long antwoorden = 0;
        for (Vraag vraag : vragen) {
            int[] telling = totaal.tellingen().getOrDefault(vraag.code(), new int[Instrument.SCHAALPUNTEN]);
            for (int w = 1; w <= Instrument.SCHAALPUNTEN; w++) {
                punten += (long) telling[w - 1] * vraag.score(w);
                antwoorden += telling[w - 1];
            }
        }
        return antwoorden == 0 ? 0 : (double) punten / antwoorden;
    }
}
