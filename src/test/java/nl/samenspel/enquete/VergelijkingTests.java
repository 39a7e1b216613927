package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class VergelijkingTests {

    private static final Instrument INSTRUMENT = InstrumentLezer.standaard();

    /** Every question answered with these counts of 1..5. */
    private static Vergelijking.Gemeentetotaal gemeente(long id, int... telling) {
        Map<String, int[]> tellingen = new HashMap<>();
        INSTRUMENT.codes().forEach(c -> tellingen.put(c, telling.clone()));
        int responsen = 0;
        for (int t : telling) {
            responsen += t;
        }
        return new Vergelijking.Gemeentetotaal(id, responsen, tellingen);
    }

    private static Vergelijking.Regel vraag(Vergelijking.Uitkomst uitkomst, String code) {
        return uitkomst.vragen().stream().filter(r -> r.sleutel().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void quartilesAndOwnPositionMatchAHandComputation() {
        // Favourable on WB1 (positive: altijd + vaak) = 10, 20, 30, 40, 50 % of 100 responses.
        List<Vergelijking.Gemeentetotaal> totalen = List.of(gemeente(1, 5, 5, 90, 0, 0), gemeente(2, 10, 10, 80, 0, 0),
                gemeente(3, 15, 15, 70, 0, 0), gemeente(4, 20, 20, 60, 0, 0), gemeente(5, 25, 25, 50, 0, 0));

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 4L);

        assertThat(uitkomst.genoeg()).isTrue();
        Vergelijking.Regel wb1 = vraag(uitkomst, "WB1");
        assertThat(wb1.spreiding()).isEqualTo(new Vergelijking.Spreiding(5, 20.0, 30.0, 40.0));
        assertThat(wb1.eigen()).isEqualTo(40.0);
        assertThat(wb1.procentAnderenLager()).isEqualTo(75);
        // L4 is negative: favourable is zelden or nooit, which nobody answered.
        assertThat(vraag(uitkomst, "L4").spreiding()).isEqualTo(new Vergelijking.Spreiding(5, 0.0, 0.0, 0.0));
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        assertThat(Vergelijking.kwantiel(new double[] {10, 20, 30, 40, 50, 60}, 0.25)).isEqualTo(22.5);
        assertThat(Vergelijking.kwantiel(new double[] {10, 20, 30, 40, 50, 60}, 0.5)).isEqualTo(35.0);
        assertThat(Vergelijking.kwantiel(new double[] {7}, 0.75)).isEqualTo(7.0);
    }

    @Test
    void theIndicatorScoreIsTheHeatmapScore() {
        // Everyone answers 2 (vaak): positive statements score 75, negative ones 25.
        Vergelijking.Gemeentetotaal totaal = gemeente(1, 0, 20, 0, 0, 0);
        List<Instrument.Vraag> leiderschap = INSTRUMENT.vragenVan(Instrument.Indicator.LEIDERSCHAP);
        long negatief = leiderschap.stream().filter(v -> v.polariteit() == Instrument.Polariteit.NEGATIEF).count();
        double verwacht = (75.0 * (leiderschap.size() - negatief) + 25.0 * negatief) / leiderschap.size();

        assertThat(Vergelijking.score(leiderschap, totaal)).isEqualTo(verwacht);
    }

    @Test
    void belowFiveGemeentenNothingIsCompared() {
        List<Vergelijking.Gemeentetotaal> totalen = List.of(gemeente(1, 10, 0, 0, 0, 0), gemeente(2, 10, 0, 0, 0, 0),
                gemeente(3, 10, 0, 0, 0, 0), gemeente(4, 10, 0, 0, 0, 0), gemeente(5, 9, 0, 0, 0, 0));

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 1L);

        assertThat(uitkomst.meegeteld()).isEqualTo(4);
        assertThat(uitkomst.genoeg()).isFalse();
        assertThat(uitkomst.vragen()).isEmpty();
        assertThat(uitkomst.indicatoren()).isEmpty();
    }

    @Test
    void anOwnGemeenteWithTooFewResponsesGetsNoFigureButSeesTheOthers() {
        List<Vergelijking.Gemeentetotaal> totalen = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            totalen.add(gemeente(id, 12, 0, 0, 0, 0));
        }
        totalen.add(gemeente(6, 3, 0, 0, 0, 0));

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 6L);

        assertThat(uitkomst.eigenMeegeteld()).isFalse();
        assertThat(vraag(uitkomst, "WB1").eigen()).isNull();
        assertThat(vraag(uitkomst, "WB1").procentAnderenLager()).isNull();
        assertThat(vraag(uitkomst, "WB1").spreiding().gemeenten()).isEqualTo(5);
    }

    @Property(tries = 300)
    void quartilesAreOrderedLieWithinTheFiguresAndIgnoreOrderAndSmallGemeenten(
            @ForAll @Size(min = 0, max = 25) List<@IntRange(min = 0, max = 60) Integer> groottes, @ForAll long zaad) {
        Random toeval = new Random(zaad);
        List<Vergelijking.Gemeentetotaal> totalen = new ArrayList<>();
        for (int i = 0; i < groottes.size(); i++) {
            int n = groottes.get(i);
            int[] telling = new int[5];
            for (int r = 0; r < n; r++) {
                telling[toeval.nextInt(5)]++;
            }
            totalen.add(gemeente(i + 1, telling));
        }
        Long eigen = totalen.isEmpty() ? 1L : totalen.get(toeval.nextInt(totalen.size())).gemeenteId();

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, eigen);

        List<Vergelijking.Gemeentetotaal> geteld = totalen.stream().filter(t -> t.responsen() >= Vergelijking.MINIMUM_RESPONSEN).toList();
        assertThat(uitkomst.meegeteld()).isEqualTo(geteld.size());
        assertThat(uitkomst.genoeg()).isEqualTo(geteld.size() >= Vergelijking.MINIMUM_GEMEENTEN);
        for (Vergelijking.Regel regel : uitkomst.vragen()) {
            Instrument.Vraag vraag = INSTRUMENT.vraag(regel.sleutel());
            double min = geteld.stream().mapToDouble(t -> Vergelijking.gunstig(vraag, t)).min().orElseThrow();
            double max = geteld.stream().mapToDouble(t -> Vergelijking.gunstig(vraag, t)).max().orElseThrow();
            Vergelijking.Spreiding s = regel.spreiding();
            assertThat(s.p25()).isLessThanOrEqualTo(s.mediaan());
            assertThat(s.mediaan()).isLessThanOrEqualTo(s.p75());
            assertThat(s.p25()).isGreaterThanOrEqualTo(Procent.afgerond(min));
            assertThat(s.p75()).isLessThanOrEqualTo(Procent.afgerond(max));
        }

        // The same figures whatever the order, and without the gemeenten too small to count.
        List<Vergelijking.Gemeentetotaal> geschud = new ArrayList<>(totalen);
        Collections.shuffle(geschud, toeval);
        assertThat(Vergelijking.bereken(INSTRUMENT, geschud, eigen)).isEqualTo(uitkomst);
        assertThat(Vergelijking.bereken(INSTRUMENT, geteld, eigen).vragen()).isEqualTo(uitkomst.vragen());
    }
}
