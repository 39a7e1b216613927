package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscalatieladderTests {

    private final Escalatieladder ladder = Escalatieladder.standaard();

    @Test
    void theLadderIsCumulativeAndOffersEachInstrumentOnce() {
        assertThat(ladder.totEnMet(0)).isEmpty();
        assertThat(ladder.totEnMet(1)).hasSize(14);
        assertThat(ladder.totEnMet(2)).hasSize(14 + 6 - 1).containsAll(ladder.totEnMet(1));
        assertThat(ladder.totEnMet(3)).hasSize(22).extracting(Escalatieladder.Instrument::naam)
                .doesNotHaveDuplicates().contains("Mediation/bemiddeling", "CvdK verzoeken om substantiële hulp");
    }

    @Test
    void phaseOneIsAlphabeticalAsInTheSeed() {
        var namen = ladder.totEnMet(1).stream().map(Escalatieladder.Instrument::naam).toList();
        assertThat(namen).isSorted();
        assertThat(namen.get(0)).isEqualTo("Bespreekbaar maken van (gedrags)patronen");
    }

    @Test
    void fivePreventiveInstruments() {
        assertThat(ladder.preventief()).hasSize(5).allSatisfy(i -> assertThat(i.wat()).isNotBlank());
    }

    @Test
    void everyInstrumentExplainsWhatHowAndWhoAndProvinciewet182StandsWithTheCvdK() {
        assertThat(ladder.instrumenten()).hasSize(28).allSatisfy(i -> {
            assertThat(i.wat()).as(i.naam()).isNotBlank();
            assertThat(i.hoe()).as(i.naam()).isNotBlank();
            assertThat(i.wie()).as(i.naam()).isNotBlank();
        });
        assertThat(ladder.instrument("Thematiek aan de orde stellen tijdens werkbezoek CvdK")).get()
                .satisfies(i -> assertThat(i.bronnen()).anySatisfy(b -> assertThat(b).contains("Provinciewet").contains("182")));
    }

    @Test
    void phasesTwoAndThreeHoldTheSeedsInstruments() {
        assertThat(ladder.instrumenten()).filteredOn(i -> i.fase() == Escalatieladder.Fase.FASE_2).extracting(Escalatieladder.Instrument::naam)
                .containsExactly("Bestuurskrachtmeting", "Cultuurtraject starten", "Inwinnen van advies bij de CvdK",
                        "Integriteitscommissie instellen", "Onafhankelijke analyse van de bestuurscultuur",
                        "Opstellen integriteitsrapport (kandidaat-)wethouder");
        assertThat(ladder.instrumenten()).filteredOn(i -> i.fase() == Escalatieladder.Fase.FASE_3).extracting(Escalatieladder.Instrument::naam)
                .containsExactly("Aangifte doen", "CvdK verzoeken om substantiële hulp", "Mediation/bemiddeling");
    }
}
