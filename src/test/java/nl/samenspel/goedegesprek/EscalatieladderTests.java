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
}
