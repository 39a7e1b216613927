package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samenspel.rapportage.Tabel;
import nl.samenspel.shared.OngeldigVerzoekException;
import org.junit.jupiter.api.Test;

class AntwoordexportTests {

    private static final Vragenlijst VRAGENLIJST = ResultaatService.VRAGENLIJST;
    private static final Normen NORMEN = Normen.lees(Normenbeheer.standaardInhoud());

    private static Deelname deelname(String naam, Groep groep, int waarde) {
        Map<Integer, Antwoord> antwoorden = new TreeMap<>();
        for (int item = 1; item <= 19; item++) {
            antwoorden.put(item, new Antwoord(item == 17 ? null : waarde, item == 2 ? "Voorbeeld van " + naam : null));
        }
        return new Deelname(1L, 1L, null, null, naam, groep, Instant.EPOCH, 0, antwoorden);
    }

    private static Gesprek gesprek(Zichtbaarheid zichtbaarheid) {
        return new Gesprek(1L, 1L, "Gesprek", LocalDate.of(2026, 3, 1), Samenstelling.GEMENGD, zichtbaarheid, Gespreksstatus.GESLOTEN, 1, 1L);
    }

    private static List<Tabel> export(Zichtbaarheid zichtbaarheid, List<Deelname> deelnames) {
        List<Interpretatie.Invulling> invullingen = deelnames.stream().map(d -> {
            Map<Integer, Integer> waarden = new java.util.HashMap<>();
            d.antwoorden().forEach((item, a) -> waarden.put(item, a.waarde()));
            return new Interpretatie.Invulling(d.naam(), d.groep(), waarden);
        }).toList();
        Interpretatie.Resultaat resultaat = Interpretatie.bereken(VRAGENLIJST, NORMEN, zichtbaarheid, invullingen);
        return Antwoordexport.tabellen(gesprek(zichtbaarheid), VRAGENLIJST, resultaat, deelnames);
    }

    private final List<Deelname> drie = List.of(deelname("Anna", Groep.RAAD, 2), deelname("Bram", Groep.COLLEGE, 4),
            deelname("Cor", Groep.DRIEHOEK, 5));

    @Test
    void anOpenGesprekExportsEveryAnswerWithNameGroupAndExample() {
        List<Tabel> tabellen = export(Zichtbaarheid.OPEN, drie);
        assertThat(tabellen).extracting(Tabel::titel).containsExactly("Antwoorden", "Verdeling per item");
        Tabel antwoorden = tabellen.get(0);
        assertThat(antwoorden.rijen()).hasSize(3 * 19);
        assertThat(antwoorden.rijen().get(1)).containsExactly("Anna", "raad", 2, VRAGENLIJST.item(2).tekst(), 2, "vaak", "Voorbeeld van Anna");
        assertThat(antwoorden.rijen().get(16)).containsExactly("Anna", "raad", 17, VRAGENLIJST.item(17).tekst(), null, "geen antwoord", null);
    }

    @Test
    void anAnonymousGesprekExportsOnlyTheDistributionWithoutNamesGroupsOrExamples() {
        List<Tabel> tabellen = export(Zichtbaarheid.ANONIEM, drie);
        assertThat(tabellen).extracting(Tabel::titel).containsExactly("Verdeling per item");
        List<Object> cellen = tabellen.get(0).rijen().stream().flatMap(List::stream).toList();
        assertThat(cellen).doesNotContain("Anna", "Bram", "Cor", "raad", "college", "driehoek");
        assertThat(tabellen.toString()).doesNotContain("Voorbeeld van");
        List<Object> item1 = tabellen.get(0).rijen().get(0);
        // item 1: answers 2, 4, 5 -> 0 altijd, 1 vaak, 0 geregeld, 1 soms, 1 nooit; median 4; spread 3
        assertThat(item1.subList(0, 3)).containsExactly(1, VRAGENLIJST.item(1).tekst(), "negatief");
        assertThat(item1.subList(3, 11)).containsExactly(0, 1, 0, 1, 1, 0, 4.0, 3);
        List<Object> item17 = tabellen.get(0).rijen().get(16);
        assertThat(item17.subList(3, 9)).containsExactly(0, 0, 0, 0, 0, 3);
    }

    @Test
    void anAnonymousGesprekWithFewerThanThreeDeelnemersExportsNothing() {
        assertThatThrownBy(() -> export(Zichtbaarheid.ANONIEM, drie.subList(0, 2)))
                .isInstanceOf(OngeldigVerzoekException.class).hasMessageContaining("vanaf 3 deelnemers");
    }
}
