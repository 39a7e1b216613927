package nl.samenspel.goedegesprek;

import static nl.samenspel.goedegesprek.Afwijking.Richting.BINNEN;
import static nl.samenspel.goedegesprek.Afwijking.Richting.GUNSTIG;
import static nl.samenspel.goedegesprek.Afwijking.Richting.ONGUNSTIG;
import static nl.samenspel.goedegesprek.Vragenlijst.Polariteit.NEGATIEF;
import static nl.samenspel.goedegesprek.Vragenlijst.Polariteit.POSITIEF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AfwijkingTests {

    private static Afwijking afwijking(double mediaan, List<Integer> norm, Vragenlijst.Polariteit polariteit, boolean zwaar) {
        return Afwijking.bepaal(mediaan, new TreeSet<>(norm), polariteit, zwaar);
    }

    @Test
    void aNegativeItemAnsweredAltijdIsThreeStepsOutOfANormOfSomsOrNooit() {
        assertThat(afwijking(1, List.of(4, 5), NEGATIEF, false)).isEqualTo(new Afwijking(ONGUNSTIG, 3, 3));
        assertThat(afwijking(3, List.of(4, 5), NEGATIEF, false)).isEqualTo(new Afwijking(ONGUNSTIG, 1, 1));
        assertThat(afwijking(2, List.of(4, 5), NEGATIEF, false)).isEqualTo(new Afwijking(ONGUNSTIG, 2, 2));
        assertThat(afwijking(4, List.of(4, 5), NEGATIEF, false)).isEqualTo(new Afwijking(BINNEN, 0, 0));
    }

    @Test
    void thePositiveItemNineteenAnsweredNooitIsThreeStepsOutOfANormOfAltijdOrVaak() {
        assertThat(afwijking(5, List.of(1, 2), POSITIEF, false)).isEqualTo(new Afwijking(ONGUNSTIG, 3, 3));
        assertThat(afwijking(1, List.of(1, 2), POSITIEF, false)).isEqualTo(new Afwijking(BINNEN, 0, 0));
    }

    @Test
    void deviationsOnTheFavourableSideAreReportedButDoNotEscalate() {
        assertThat(afwijking(5, List.of(3), NEGATIEF, false)).isEqualTo(new Afwijking(GUNSTIG, 2, 0));
        assertThat(afwijking(1, List.of(3), POSITIEF, false)).isEqualTo(new Afwijking(GUNSTIG, 2, 0));
    }

    @Test
    void halfStepMediansRoundUpAndHeavyItemsWeighOnePhaseMoreUpToThree() {
        assertThat(afwijking(3.5, List.of(5), NEGATIEF, false)).isEqualTo(new Afwijking(ONGUNSTIG, 2, 2));
        assertThat(afwijking(4, List.of(5), NEGATIEF, true)).isEqualTo(new Afwijking(ONGUNSTIG, 1, 2));
        assertThat(afwijking(2, List.of(5), NEGATIEF, true)).isEqualTo(new Afwijking(ONGUNSTIG, 3, 3));
    }

    @Property
    void theDeviationIsNeverNegativeAndThePhaseStaysWithinZeroToThree(@ForAll @IntRange(min = 2, max = 10) int mediaanMaalTwee,
            @ForAll("normen") List<Integer> norm, @ForAll boolean positief, @ForAll boolean zwaar) {
        Afwijking a = afwijking(mediaanMaalTwee / 2.0, norm, positief ? POSITIEF : NEGATIEF, zwaar);
        assertThat(a.stappen()).isBetween(0, 4);
        assertThat(a.fase()).isBetween(0, 3);
        assertThat(a.fase() > 0).isEqualTo(a.richting() == ONGUNSTIG);
    }

    @Provide
    Arbitrary<List<Integer>> normen() {
        return Arbitraries.integers().between(1, 5).set().ofMinSize(1).ofMaxSize(5).map(s -> List.copyOf(new TreeSet<>(s)));
    }

    @Property(tries = 200)
    void answeringAnyItemWorseNeverLowersTheAdvisedPhase(@ForAll("antwoorden") List<Map<Integer, Integer>> antwoorden,
            @ForAll @IntRange(min = 1, max = 19) int item, @ForAll @IntRange(min = 0, max = 5) int wie) {
        var invullingen = antwoorden.stream().map(w -> new Interpretatie.Invulling(null, Groep.RAAD, w)).toList();
        int voor = fase(invullingen);
        Map<Integer, Integer> slechter = new java.util.HashMap<>(antwoorden.get(wie % antwoorden.size()));
        Integer waarde = slechter.get(item);
        boolean positief = InterpretatieTests.VRAGENLIJST.item(item).polariteit() == POSITIEF;
        slechter.put(item, waarde == null ? null : positief ? Math.min(5, waarde + 1) : Math.max(1, waarde - 1));
        var na = new java.util.ArrayList<>(invullingen);
        na.set(wie % antwoorden.size(), new Interpretatie.Invulling(null, Groep.RAAD, slechter));
        assertThat(fase(na)).isGreaterThanOrEqualTo(voor);
    }

    @Property(tries = 100)
    void countsPerDeelnemerAlwaysAddUpToNineteen(@ForAll("antwoorden") List<Map<Integer, Integer>> antwoorden) {
        var invullingen = antwoorden.stream().map(w -> new Interpretatie.Invulling("x", Groep.COLLEGE, w)).toList();
        var r = Interpretatie.bereken(InterpretatieTests.VRAGENLIJST, InterpretatieTests.NORMEN, Zichtbaarheid.OPEN, invullingen);
        assertThat(r.perDeelnemer()).allSatisfy(d -> assertThat(d.telling().totaal()).isEqualTo(19));
        assertThat(r.totaal().totaal()).isEqualTo(19 * antwoorden.size());
        assertThat(r.landkaart().redenen()).isNotEmpty();
    }

    private static int fase(List<Interpretatie.Invulling> invullingen) {
        return Interpretatie.bereken(InterpretatieTests.VRAGENLIJST, InterpretatieTests.NORMEN, Zichtbaarheid.OPEN, invullingen)
                .faseadvies().fase();
    }

    @Provide
    Arbitrary<List<Map<Integer, Integer>>> antwoorden() {
        Arbitrary<Map<Integer, Integer>> een = Arbitraries.integers().between(0, 5).list().ofSize(19).map(lijst -> {
            Map<Integer, Integer> waarden = new java.util.HashMap<>();
            for (int i = 0; i < 19; i++) {
                waarden.put(i + 1, lijst.get(i) == 0 ? null : lijst.get(i));
            }
            return waarden;
        });
        return een.list().ofMinSize(1).ofMaxSize(6);
    }
}
