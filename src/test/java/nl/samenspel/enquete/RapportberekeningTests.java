package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.enquete.Anonimiteitsdrempel.Reden;
import nl.samenspel.enquete.Instrument.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed reports. The answers of three afdelingen are chosen so that their rows reproduce
 * rows of the seed's table 1 (sfeer) exactly, including a row that adds up to 100.1.
 */
class RapportberekeningTests {

    private static final Instrument INSTRUMENT = InstrumentLezer.standaard();

    /** Every question answered with {@code overal}; question {@code code} with the given counts per category. */
    private static Map<String, int[]> antwoorden(int n, String code, int... telling) {
        Map<String, int[]> perVraag = new LinkedHashMap<>();
        for (String c : INSTRUMENT.codes()) {
            perVraag.put(c, new int[] {0, n, 0, 0, 0}); // everyone 'vaak'
        }
        perVraag.put(code, telling);
        return perVraag;
    }

    private static Rapport rapport(int k, Set<Long> selectie, Object... afdelingen) {
        var gegevens = new java.util.ArrayList<Rapportberekening.Afdelingsgegevens>();
        Map<Long, Integer> respondenten = new LinkedHashMap<>();
        Map<Long, Map<String, int[]>> tellingen = new LinkedHashMap<>();
        for (int i = 0; i < afdelingen.length; i += 4) {
            long id = (Long) afdelingen[i];
            int[] sfeer = (int[]) afdelingen[i + 3];
            int n = java.util.Arrays.stream(sfeer).sum();
            gegevens.add(new Rapportberekening.Afdelingsgegevens(id, (String) afdelingen[i + 1], (Integer) afdelingen[i + 2]));
            respondenten.put(id, n);
            tellingen.put(id, antwoorden(n, "WB1", sfeer));
        }
        return Rapportberekening.bereken(new Rapportberekening.Invoer(INSTRUMENT, gegevens, respondenten, tellingen, k, 10, 0,
                List.of(), selectie));
    }

    private static Rapport.Vraagtabel sfeer(Rapport rapport) {
        return rapport.vragen().stream().filter(t -> t.vraag().code().equals("WB1")).findFirst().orElseThrow();
    }

    @Test
    void reproducesRowsOfTheSeedsTableOneWithOneDecimalAndWithoutForcingHundred() {
        Rapport rapport = rapport(5, Set.of(),
                1L, "Bestuur Raadsgriffie", 10, new int[] {2, 3, 1, 1, 0},
                2L, "Concerncontrol", 12, new int[] {1, 4, 5, 0, 0},
                3L, "Theater aan het Vrijthof", 9, new int[] {1, 6, 0, 0, 0});
        var tabel = sfeer(rapport);
        assertThat(tabel.afdelingen().get(0).procenten()).containsExactly(28.6, 42.9, 14.3, 14.3, 0.0); // adds to 100.1
        assertThat(tabel.afdelingen().get(1).procenten()).containsExactly(10.0, 40.0, 50.0, 0.0, 0.0);
        assertThat(tabel.afdelingen().get(2).procenten()).containsExactly(14.3, 85.7, 0.0, 0.0, 0.0);
        // organisation: 4, 13, 6, 1, 0 of 24
        assertThat(tabel.totaal().procenten()).containsExactly(16.7, 54.2, 25.0, 4.2, 0.0);
        assertThat(tabel.totaal().gunstig()).isEqualTo(70.8);
        assertThat(rapport.respons().get(0).responspercentage()).isEqualTo(70.0);
        assertThat(rapport.responspercentage()).isEqualTo(77.4); // 24 of 31
    }

    @Test
    void tableSixGivesAverageLowestAndHighestShareAltijdOfVaakAcrossShownAfdelingen() {
        Rapport rapport = rapport(5, Set.of(),
                1L, "Bestuur Raadsgriffie", 10, new int[] {2, 3, 1, 1, 0},
                2L, "Concerncontrol", 12, new int[] {1, 4, 5, 0, 0},
                3L, "Theater aan het Vrijthof", 9, new int[] {1, 6, 0, 0, 0});
        var sfeer = rapport.spreiding().stream().filter(s -> s.vraag().code().equals("WB1")).findFirst().orElseThrow();
        // 5/7 = 71.4, 5/10 = 50.0, 7/7 = 100.0 -> mean 73.8
        assertThat(sfeer.gemiddeld()).isEqualTo(73.8);
        assertThat(sfeer.laagst()).isEqualTo(new Rapport.Extreem("Concerncontrol", 50.0));
        assertThat(sfeer.hoogst()).isEqualTo(new Rapport.Extreem("Theater aan het Vrijthof", 100.0));
        assertThat(sfeer.afdelingen()).isEqualTo(3);
    }

    @Test
    void theNegativeWorkStressQuestionCountsZeldenOfNooitAsFavourable() {
        var gegevens = List.of(new Rapportberekening.Afdelingsgegevens(1L, "Projecten", 40));
        Map<String, int[]> perVraag = antwoorden(34, "WB2", 1, 12, 9, 9, 3); // seed table 2, Projecten: 2.9 35.3 26.5 26.5 8.8
        Rapport rapport = Rapportberekening.bereken(new Rapportberekening.Invoer(INSTRUMENT, gegevens, Map.of(1L, 34),
                Map.of(1L, perVraag), 5, 10, 0, List.of(), Set.of()));
        var stress = rapport.vragen().stream().filter(t -> t.vraag().code().equals("WB2")).findFirst().orElseThrow();
        assertThat(stress.afdelingen().get(0).procenten()).containsExactly(2.9, 35.3, 26.5, 26.5, 8.8);
        assertThat(stress.afdelingen().get(0).gunstig()).isEqualTo(35.3); // 12 of 34 zelden or nooit
    }

    @Test
    void indicatorScoresRespectThePolarityOfEveryStatement() {
        // Everyone answers 'vaak' (2) everywhere: positive statements score 75, negative ones 25.
        Rapport rapport = rapport(5, Set.of(), 1L, "Burgerzaken", 20, new int[] {0, 6, 0, 0, 0});
        var rij = rapport.heatmap().get(0);
        // leiderschap: L1-L3 positive (75), L4 negative (25) -> 62.5; feedback: F1 and F3 negative -> 50.0
        assertThat(rij.score(Indicator.LEIDERSCHAP)).isEqualTo(62.5);
        assertThat(rij.score(Indicator.INCLUSIE)).isEqualTo(62.5);
        assertThat(rij.score(Indicator.FEEDBACK)).isEqualTo(50.0);
        assertThat(rij.score(Indicator.WAARDERING)).isEqualTo(62.5);
        assertThat(rij.score(Indicator.INFRASTRUCTUUR)).isEqualTo(62.5);
        assertThat(rij.veiligheid()).isEqualTo(60.0);
    }

    @Test
    void aSmallAfdelingIsHiddenWithItsCountAndTheNextSmallestIsHiddenToProtectIt() {
        Rapport rapport = rapport(5, Set.of(),
                1L, "Griffie", 5, new int[] {1, 2, 1, 0, 0},
                2L, "Concerncontrol", 8, new int[] {1, 4, 1, 0, 0},
                3L, "Burgerzaken", 40, new int[] {5, 20, 5, 2, 0});
        var tabel = sfeer(rapport);
        assertThat(tabel.afdelingen()).extracting(Rapport.Rij::reden).containsExactly(Reden.TE_KLEIN, Reden.AANVULLEND, Reden.GETOOND);
        assertThat(tabel.afdelingen().get(0).respondenten()).isEqualTo(4);
        assertThat(tabel.afdelingen().get(0).procenten()).isNull();
        assertThat(tabel.afdelingen().get(1).procenten()).isNull();
        assertThat(tabel.totaal().getoond()).isTrue();
        assertThat(rapport.heatmap().get(1).scores()).isEmpty();
        assertThat(rapport.spreiding().get(0).afdelingen()).isEqualTo(1);
    }

    @Test
    void aSelectionAddsOnlyShownAfdelingenAndNamesTheHiddenOnes() {
        Rapport rapport = rapport(5, Set.of(1L, 3L, 4L),
                1L, "Griffie", 5, new int[] {1, 2, 0, 0, 0},
                2L, "Wonen", 8, new int[] {1, 4, 1, 0, 0},
                3L, "Burgerzaken", 40, new int[] {5, 20, 5, 2, 0},
                4L, "Sociaal Domein", 30, new int[] {2, 3, 1, 0, 0});
        assertThat(rapport.selectie().meegeteld()).containsExactly("Burgerzaken", "Sociaal Domein");
        assertThat(rapport.selectie().nietMeegeteld()).containsExactly("Griffie");
        var selectie = sfeer(rapport).selectie();
        assertThat(selectie.respondenten()).isEqualTo(38);
        assertThat(selectie.aantallen()).containsExactly(7, 23, 6, 2, 0);
    }

    @Test
    void openCommentsAppearSortedOnlyForTheLargerGroup() {
        var gegevens = List.of(new Rapportberekening.Afdelingsgegevens(1L, "A", 20));
        Map<String, int[]> perVraag = antwoorden(9, "WB1", 0, 9, 0, 0, 0);
        var klein = Rapportberekening.bereken(new Rapportberekening.Invoer(INSTRUMENT, gegevens, Map.of(1L, 9), Map.of(1L, perVraag), 5,
                10, 2, List.of("b", "a"), Set.of()));
        assertThat(klein.opmerkingen().getoond()).isFalse();
        assertThat(klein.opmerkingen().teksten()).isEmpty();
        assertThat(klein.opmerkingen().aantal()).isEqualTo(2);
        Map<String, int[]> groot = antwoorden(10, "WB1", 0, 10, 0, 0, 0);
        var genoeg = Rapportberekening.bereken(new Rapportberekening.Invoer(INSTRUMENT, gegevens, Map.of(1L, 10), Map.of(1L, groot), 5,
                10, 2, List.of("b", "a"), Set.of()));
        assertThat(genoeg.opmerkingen().teksten()).containsExactly("a", "b");
    }

    @Test
    void theTrendComparesOnlyAfdelingenShownInBothMetingen() {
        Rapport vorige = rapport(5, Set.of(), 1L, "Griffie", 5, new int[] {1, 2, 0, 0, 0}, 2L, "Wonen", 10, new int[] {3, 3, 0, 0, 0},
                3L, "Burgerzaken", 40, new int[] {0, 3, 3, 0, 0});
        Rapport nu = rapport(5, Set.of(), 1L, "Griffie", 5, new int[] {1, 2, 1, 1, 0}, 2L, "Wonen", 10, new int[] {3, 3, 0, 0, 0},
                3L, "Burgerzaken", 40, new int[] {6, 0, 0, 0, 0});
        var trend = Trend.vergelijk("2025", vorige, nu);
        assertThat(trend.afdelingen().get(0).richting()).isEqualTo(Trend.Richting.ONBEKEND);
        assertThat(trend.afdelingen().get(0).eerder()).isNull();
        assertThat(trend.afdelingen().get(1).richting()).isEqualTo(Trend.Richting.ONBEKEND); // hidden as complement in 'vorige'
        assertThat(trend.afdelingen().get(2).richting()).isEqualTo(Trend.Richting.GELIJK);
        assertThat(trend.werkbeleving().get(0).richting()).isEqualTo(Trend.Richting.BETER);
    }
}
