package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How imports read dates, outcomes, kinds and party names. */
class LeesregelsTests {

    @Test
    void datesInTheFormsSpreadsheetsAndApisWrite() {
        LocalDate verwacht = LocalDate.of(2023, 1, 31);
        assertThat(Datums.lees("2023-01-31")).contains(verwacht);
        assertThat(Datums.lees("31-01-2023")).contains(verwacht);
        assertThat(Datums.lees("31-1-2023")).contains(verwacht);
        assertThat(Datums.lees("31/1/2023")).contains(verwacht);
        assertThat(Datums.lees(" 31.01.2023 ")).contains(verwacht);
        assertThat(Datums.lees("2023-01-31T20:15:00+01:00")).contains(verwacht);
    }

    @Test
    void impossibleOrMissingDatesAreNoDates() {
        assertThat(Datums.lees("31-02-2023")).isEmpty();
        assertThat(Datums.lees("2023-13-01")).isEmpty();
        assertThat(Datums.lees("gisteren")).isEmpty();
        assertThat(Datums.lees("")).isEmpty();
        assertThat(Datums.lees(null)).isEmpty();
    }

    @Test
    void outcomesAsGriffiesWriteThem() {
        assertThat(Uitkomst.lees("Aangenomen")).contains(Uitkomst.AANGENOMEN);
        assertThat(Uitkomst.lees("unaniem aangenomen")).contains(Uitkomst.AANGENOMEN);
        assertThat(Uitkomst.lees("gewijzigd aangenomen")).contains(Uitkomst.AANGENOMEN);
        assertThat(Uitkomst.lees("VERWORPEN")).contains(Uitkomst.VERWORPEN);
        assertThat(Uitkomst.lees("ingetrokken")).contains(Uitkomst.INGETROKKEN_AANGEHOUDEN);
        assertThat(Uitkomst.lees("aangehouden")).contains(Uitkomst.INGETROKKEN_AANGEHOUDEN);
        assertThat(Uitkomst.lees("ingetrokken/aangehouden")).contains(Uitkomst.INGETROKKEN_AANGEHOUDEN);
        assertThat(Uitkomst.lees("vervallen")).contains(Uitkomst.OVERIG);
        assertThat(Uitkomst.lees("overig")).contains(Uitkomst.OVERIG);
    }

    @Test
    void anUnknownOutcomeIsReportedNotCountedAsOverig() {
        assertThat(Uitkomst.lees("gewonnen")).isEmpty();
        assertThat(Uitkomst.lees("")).isEmpty();
    }

    @Test
    void motionKindsOfOpenBesluitvormingAndCsv() {
        assertThat(Instrumentsoort.leesMotiesoort("Motie")).contains(Instrumentsoort.MOTIE);
        assertThat(Instrumentsoort.leesMotiesoort("Amendement")).contains(Instrumentsoort.AMENDEMENT);
        assertThat(Instrumentsoort.leesMotiesoort("Motie Vreemd")).contains(Instrumentsoort.MOTIE_VREEMD);
        assertThat(Instrumentsoort.leesMotiesoort("motie vreemd aan de orde van de dag")).contains(Instrumentsoort.MOTIE_VREEMD);
        assertThat(Instrumentsoort.leesMotiesoort("Petitie")).isEmpty();
        assertThat(Instrumentsoort.MOTIE_VREEMD.isMotie()).isTrue();
        assertThat(Instrumentsoort.AMENDEMENT.isMotie()).isFalse();
    }

    @Test
    void partyNamesMatchIgnoringCaseAccentsSpacesAndAFractiePrefix() {
        Partijnamen namen = new Partijnamen(List.of(
                new Partij(1L, 9L, "GroenLinks", "GL", Partij.Partijsoort.LANDELIJK, "Groen Links Maastricht"),
                new Partij(2L, 9L, "Seniorenpartij Maastricht", "SPM", Partij.Partijsoort.LOKAAL, null),
                new Partij(3L, 9L, "M:OED", null, Partij.Partijsoort.LOKAAL, null),
                new Partij(4L, 9L, "Démocraten", null, Partij.Partijsoort.LOKAAL, "")));
        assertThat(namen.zoek("groenlinks")).contains(1L);
        assertThat(namen.zoek("Groen Links")).contains(1L);
        assertThat(namen.zoek("Fractie GroenLinks")).contains(1L);
        assertThat(namen.zoek("gl")).contains(1L);
        assertThat(namen.zoek("GROEN-LINKS MAASTRICHT")).contains(1L);
        assertThat(namen.zoek("spm")).contains(2L);
        assertThat(namen.zoek("M: OED")).contains(3L);
        assertThat(namen.zoek("Democraten")).contains(4L);
        assertThat(namen.zoek("Partij X")).isEqualTo(Optional.empty());
        assertThat(namen.zoek("Partij X")).as("the second lookup comes from the cache").isEmpty();
    }
}
