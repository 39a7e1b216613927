package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four deelnemers, computed by hand with the standaardnormen:
 * A (raad):    all 4, item 1 = 2, item 19 = 2, item 17 geen antwoord
 * B (raad):    all 4, item 1 = 2, item 19 = 2
 * C (college): all 5, item 1 = 4, item 19 = 1
 * D (driehoek): all 4, item 1 = 3, item 5 = 3, item 19 = 4
 */
class InterpretatieTests {

    static final Vragenlijst VRAGENLIJST = VragenlijstLezer.standaard();
    static final Normen NORMEN = Normen.lees(Normenbeheer.standaardInhoud());

    static Map<Integer, Integer> alle(int waarde, int... paren) {
        Map<Integer, Integer> waarden = new HashMap<>();
        for (int item = 1; item <= 19; item++) {
            waarden.put(item, waarde);
        }
        for (int i = 0; i < paren.length; i += 2) {
            waarden.put(paren[i], paren[i + 1] == 0 ? null : paren[i + 1]);
        }
        return waarden;
    }

    static final List<Interpretatie.Invulling> VIER = List.of(
            new Interpretatie.Invulling("A", Groep.RAAD, alle(4, 1, 2, 19, 2, 17, 0)),
            new Interpretatie.Invulling("B", Groep.RAAD, alle(4, 1, 2, 19, 2)),
            new Interpretatie.Invulling("C", Groep.COLLEGE, alle(5, 1, 4, 19, 1)),
            new Interpretatie.Invulling("D", Groep.DRIEHOEK, alle(4, 1, 3, 5, 3, 19, 4)));

    static Interpretatie.Resultaat open() {
        return Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.OPEN, VIER);
    }

    static Itemresultaat item(Interpretatie.Resultaat resultaat, int nummer) {
        return resultaat.items().get(nummer - 1);
    }

    @Test
    void countsPerDeelnemerAnswerTheSeedsQuestionHowOftenYouAnsweredAltijdToNooit() {
        var a = open().perDeelnemer().get(0);
        assertThat(a.naam()).isEqualTo("A");
        assertThat(a.telling().aantallen()).containsExactly(1, 0, 2, 0, 16, 0);
        assertThat(a.telling().totaal()).isEqualTo(19);
        // overall: A (1 geen, 2 vaak, 16 soms), B (2 vaak, 17 soms), C (1 altijd, 1 soms, 17 nooit), D (2 geregeld, 17 soms)
        assertThat(open().totaal().aantallen()).containsExactly(1, 1, 4, 2, 51, 17);
    }

    @Test
    void distributionMedianAndSpreadPerItem() {
        Itemresultaat eerste = item(open(), 1); // 2, 2, 4, 3
        assertThat(eerste.verdeling().aantallen()).containsExactly(0, 0, 2, 1, 1, 0);
        assertThat(eerste.mediaan()).isEqualTo(2.5);
        assertThat(eerste.spreiding()).isEqualTo(2);
        assertThat(eerste.verschil()).isTrue();
        Itemresultaat zeventien = item(open(), 17); // -, 4, 5, 4
        assertThat(zeventien.verdeling().geenAntwoord()).isEqualTo(1);
        assertThat(zeventien.mediaan()).isEqualTo(4.0);
        assertThat(zeventien.spreiding()).isEqualTo(1);
        assertThat(zeventien.verschil()).as("one step apart is no disagreement").isFalse();
    }

    @Test
    void deviationsRespectTheNormsAndThePolarity() {
        var r = open();
        assertThat(item(r, 1).afwijking()).isEqualTo(new Afwijking(Afwijking.Richting.ONGUNSTIG, 1, 1)); // 2.5 vs {3,4,5}
        assertThat(item(r, 5).afwijking()).isEqualTo(new Afwijking(Afwijking.Richting.ONGUNSTIG, 1, 2)); // 4 vs {5}, zwaar
        assertThat(item(r, 2).afwijking().richting()).isEqualTo(Afwijking.Richting.BINNEN);
        assertThat(item(r, 19).afwijking().richting()).isEqualTo(Afwijking.Richting.BINNEN); // median 2, norm {1,2}
    }

    @Test
    void groupsAreComparedPerItem() {
        var r = open();
        assertThat(item(r, 1).mediaanPerGroep()).containsEntry(Groep.RAAD, 2.0).containsEntry(Groep.COLLEGE, 4.0).containsEntry(Groep.DRIEHOEK, 3.0);
    }

    @Test
    void thePhaseFollowsTheWorstDeviationWithReasons() {
        Faseadvies advies = open().faseadvies();
        assertThat(advies.fase()).isEqualTo(2);
        assertThat(advies.samenvatting()).isEqualTo("Fase 2 omdat items 5, 6 en 16 het verst buiten de norm liggen.");
        assertThat(advies.redenen()).hasSize(4);
        assertThat(advies.redenen().get(0)).startsWith("Item 1 (Er wordt gestemd langs de lijn coalitie-oppositie): mediaan 2,5");
    }

    @Test
    void theAgendaPutsDeviationsFirstThenDisagreement() {
        var agenda = open().agenda();
        assertThat(agenda).extracting(p -> p.item().nummer()).containsExactly(1, 5, 6, 16, 19);
        assertThat(agenda.get(0).reden()).isEqualTo("1 stap buiten de norm; de antwoorden lopen 2 stappen uiteen");
        assertThat(agenda.get(0).vragen()).contains(Agendapunt.HOE_GEKOMEN, Agendapunt.VOORBEELDEN, Agendapunt.NORM, Agendapunt.VERSCHILLEN);
        assertThat(agenda.get(4).reden()).isEqualTo("de antwoorden lopen 3 stappen uiteen");
    }

    @Test
    void theLandkaartShowsCompetentButUnaware() {
        Landkaart.Positie positie = open().landkaart();
        // 15 of 19 items within the norms; self-image differences: raad 6/11, college (7 + 5/3)/8
        assertThat(positie.aandeelBinnenNorm()).isCloseTo(15 / 19.0, within(1e-9));
        assertThat(positie.zelfbeeldVerschil()).isCloseTo((6 / 11.0 + (7 + 5 / 3.0) / 8) / 2, within(1e-9));
        assertThat(positie.kwadrant()).isEqualTo(Landkaart.Kwadrant.ONBEWUST_BEKWAAM);
        assertThat(positie.redenen().get(0)).isEqualTo("15 van 19 items liggen binnen de normen (79%); vanaf 75% geldt de gemeente als bekwaam.");
    }

    @Test
    void anonymousResultsShowNoNamesAndNoGroupSmallerThanThree() {
        var r = Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.ANONIEM, VIER);
        assertThat(r.getoond()).isTrue();
        assertThat(r.perDeelnemer()).isEmpty();
        assertThat(item(r, 1).mediaanPerGroep()).isEmpty();
        assertThat(item(r, 1).mediaan()).isEqualTo(2.5);
    }

    @Test
    void anAnonymousLandkaartComparesNoSelfViewOfFewerThanThreeAndSaysWhy() {
        var r = Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.ANONIEM, VIER);
        assertThat(r.landkaart().zelfbeeldVerschil()).isNull();
        assertThat(r.landkaart().redenen()).contains(
                "Het zelfbeeld van de raad wordt niet met de anderen vergeleken: in een anoniem gesprek pas vanaf 3 deelnemers aan beide kanten, zodat niemand herleidbaar is.",
                "Het zelfbeeld van het college wordt niet met de anderen vergeleken: in een anoniem gesprek pas vanaf 3 deelnemers aan beide kanten, zodat niemand herleidbaar is.");
        var groter = new java.util.ArrayList<>(VIER);
        groter.add(new Interpretatie.Invulling("E", Groep.RAAD, alle(4)));
        groter.add(new Interpretatie.Invulling("F", Groep.DRIEHOEK, alle(4)));
        var r2 = Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.ANONIEM, groter);
        assertThat(r2.landkaart().zelfbeeldVerschil()).as("raad 3 against 3 others is compared").isNotNull();
        assertThat(r2.landkaart().redenen()).anySatisfy(reden -> assertThat(reden).startsWith("De raad over zichzelf"))
                .anySatisfy(reden -> assertThat(reden).startsWith("Het zelfbeeld van het college wordt niet"));
    }

    @Test
    void anAnonymousGesprekWithFewerThanThreeShowsNothing() {
        var r = Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.ANONIEM, VIER.subList(0, 2));
        assertThat(r.getoond()).isFalse();
        assertThat(r.items()).isEmpty();
        assertThat(r.verborgenReden()).contains("2 ingediende vragenlijst(en)").contains("vanaf 3 deelnemers");
    }

    @Test
    void withOneGroupOnlyAwarenessCannotBeJudgedAndSaysSo() {
        var alleenRaad = List.of(VIER.get(0), VIER.get(1));
        var positie = Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.OPEN, alleenRaad).landkaart();
        assertThat(positie.zelfbeeldVerschil()).isNull();
        assertThat(positie.redenen()).anyMatch(r -> r.startsWith("Bewustzijn is niet te beoordelen"));
    }

    @Test
    void everyQuadrantIsReachable() {
        var goed = List.of(new Interpretatie.Invulling("r", Groep.RAAD, alle(5, 19, 1, 1, 4, 7, 4, 13, 4, 17, 4)),
                new Interpretatie.Invulling("c", Groep.COLLEGE, alle(5, 19, 1, 1, 4, 7, 4, 13, 4, 17, 4)));
        assertThat(kwadrant(goed)).isEqualTo(Landkaart.Kwadrant.BEWUST_BEKWAAM);
        var slechtEensgezind = List.of(new Interpretatie.Invulling("r", Groep.RAAD, alle(1, 19, 5)),
                new Interpretatie.Invulling("c", Groep.COLLEGE, alle(1, 19, 5)));
        assertThat(kwadrant(slechtEensgezind)).isEqualTo(Landkaart.Kwadrant.BEWUST_ONBEKWAAM);
        var slechtOneens = List.of(new Interpretatie.Invulling("r", Groep.RAAD, alle(1, 19, 5)),
                new Interpretatie.Invulling("c", Groep.COLLEGE, alle(3, 19, 3)));
        assertThat(kwadrant(slechtOneens)).isEqualTo(Landkaart.Kwadrant.ONBEWUST_ONBEKWAAM);
        assertThat(kwadrant(VIER)).isEqualTo(Landkaart.Kwadrant.ONBEWUST_BEKWAAM);
    }

    private static Landkaart.Kwadrant kwadrant(List<Interpretatie.Invulling> invullingen) {
        return Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.OPEN, invullingen).landkaart().kwadrant();
    }

    @Test
    void noDeviationMeansNoEscalation() {
        var goed = List.of(new Interpretatie.Invulling("r", Groep.RAAD, alle(5, 19, 1)));
        var advies = Interpretatie.bereken(VRAGENLIJST, NORMEN, Zichtbaarheid.OPEN, goed).faseadvies();
        assertThat(advies.fase()).isZero();
        assertThat(advies.samenvatting()).startsWith("Geen escalatie nodig");
    }
}
