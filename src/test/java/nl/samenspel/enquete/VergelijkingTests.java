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
        return new Vergelijking.Gemeentetotaal(id, responsen, tellingen, 5);
    }

    private static Vergelijking.Regel vraag(Vergelijking.Uitkomst uitkomst, String code) {
        return uitkomst.vragen().stream().filter(r -> r.sleutel().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void quartilesAndOwnPositionMatchAHandComputation() {
        // Favourable on WB1 (positive: altijd + vaak) = 10, 20, ..., 100 % of 100 responses in ten gemeenten.
        List<Vergelijking.Gemeentetotaal> totalen = new ArrayList<>();
        for (int g = 1; g <= 10; g++) {
            totalen.add(gemeente(g, 5 * g, 5 * g, 100 - 10 * g, 0, 0));
        }

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 4L);

        assertThat(uitkomst.getoond()).isTrue();
        Vergelijking.Regel wb1 = vraag(uitkomst, "WB1");
        // Sorted 10..100: p25 at rank 2.25 (30 + 0.25 x 10), median at 4.5, p75 at 6.75.
        assertThat(wb1.spreiding()).isEqualTo(new Vergelijking.Spreiding(10, 32.5, 55.0, 77.5));
        assertThat(wb1.eigen()).isEqualTo(40.0);
        assertThat(wb1.procentAnderenLager()).isEqualTo(33); // 3 of the 9 others
        // L4 is negative: favourable is zelden or nooit, which nobody answered.
        assertThat(vraag(uitkomst, "L4").spreiding()).isEqualTo(new Vergelijking.Spreiding(10, 0.0, 0.0, 0.0));
    }

    @Test
    void aGemeenteThatRaisedItsMinimumGroupAboveItsResponsesIsNotCounted() {
        List<Vergelijking.Gemeentetotaal> totalen = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            totalen.add(gemeente(id, 12, 3, 0, 0, 0));
        }
        Vergelijking.Gemeentetotaal streng = totalen.get(9);
        totalen.set(9, new Vergelijking.Gemeentetotaal(streng.gemeenteId(), streng.responsen(), streng.tellingen(), 20));

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 1L);

        assertThat(uitkomst.meegeteld()).isEqualTo(9);
        assertThat(uitkomst.getoond()).isFalse();
        assertThat(uitkomst.vragen()).isEmpty();
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
    void belowTenGemeentenNothingIsCompared() {
        List<Vergelijking.Gemeentetotaal> totalen = new ArrayList<>();
        for (long id = 1; id <= 9; id++) {
            totalen.add(gemeente(id, 10, 0, 0, 0, 0));
        }
        totalen.add(gemeente(10, 9, 0, 0, 0, 0));

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 1L);

        assertThat(uitkomst.meegeteld()).isEqualTo(9);
        assertThat(uitkomst.genoeg()).isFalse();
        assertThat(uitkomst.vragen()).isEmpty();
        assertThat(uitkomst.indicatoren()).isEmpty();
    }

    @Test
    void anOwnGemeenteThatDoesNotCountSeesNothing() {
        List<Vergelijking.Gemeentetotaal> totalen = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            totalen.add(gemeente(id, 12, 0, 0, 0, 0));
        }
        totalen.add(gemeente(11, 3, 0, 0, 0, 0));

        Vergelijking.Uitkomst uitkomst = Vergelijking.bereken(INSTRUMENT, totalen, 11L);

        assertThat(uitkomst.genoeg()).isTrue();
        assertThat(uitkomst.eigenMeegeteld()).isFalse();
        assertThat(uitkomst.getoond()).isFalse();
        assertThat(uitkomst.vragen()).isEmpty();
        assertThat(uitkomst.indicatoren()).isEmpty();
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
        boolean eigenTelt = geteld.stream().anyMatch(t -> t.gemeenteId().equals(eigen));
        assertThat(uitkomst.vragen().isEmpty()).isEqualTo(!(uitkomst.genoeg() && eigenTelt));
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
