package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class NormenFormulierTests {

    private final Normen standaard = Normen.lees(Normenbeheer.standaardInhoud());

    private static List<String> fouten(NormenFormulier formulier) {
        BindingResult fouten = new BeanPropertyBindingResult(formulier, "formulier");
        formulier.controleer(fouten);
        List<String> teksten = new ArrayList<>();
        fouten.getFieldErrors().forEach(f -> teksten.add(f.getField() + ": " + f.getDefaultMessage()));
        fouten.getGlobalErrors().forEach(f -> teksten.add(f.getDefaultMessage()));
        return teksten;
    }

    @Test
    void theShippedNormsPassUnchangedAndRoundTripToTheSameNorms() {
        NormenFormulier formulier = NormenFormulier.van(standaard);
        assertThat(fouten(formulier)).isEmpty();
        Normen terug = formulier.alsNormen(standaard, 2);
        assertThat(terug.versie()).isEqualTo(2);
        assertThat(terug.items()).isEqualTo(standaard.items());
        assertThat(Normen.lees(terug.alsJson()).items()).isEqualTo(standaard.items());
    }

    @Test
    void everyProblemIsNamedWithItsItemAndField() {
        NormenFormulier formulier = NormenFormulier.van(standaard);
        formulier.setNaam(" ");
        formulier.getRegels().get(6).setAcceptabel(List.of());
        formulier.getRegels().get(11).setAcceptabel(List.of(0, 3));
        formulier.getRegels().get(18).setAcceptabel(List.of(1, 2, 3, 4, 5));
        formulier.getRegels().get(2).setToelichting("x".repeat(NormenFormulier.MAX_TOELICHTING + 1));
        assertThat(fouten(formulier)).containsExactlyInAnyOrder(
                "naam: Geef de normenset een naam, bijvoorbeeld 'Normen raad en college 2027'.",
                "regels[6].acceptabel: Item 7: kies minstens één aanvaardbaar antwoord.",
                "regels[11].acceptabel: Item 12: een aanvaardbaar antwoord ligt tussen 1 (altijd) en 5 (nooit).",
                "regels[18].acceptabel: Item 19: als elk antwoord aanvaardbaar is, zegt het item niets meer; laat minstens één antwoord weg.",
                "regels[2].toelichting: Item 3: de toelichting is te lang (hooguit 1000 tekens).");
    }

    @Test
    void aTamperedFormWithMissingItemsIsRefusedWhole() {
        NormenFormulier formulier = NormenFormulier.van(standaard);
        formulier.setRegels(new ArrayList<>(formulier.getRegels().subList(0, 18)));
        assertThat(fouten(formulier)).containsExactly(
                "Het formulier is onvolledig: er moeten normen voor alle 19 items zijn. Laad de pagina opnieuw.");
    }

    @Test
    void aStricterNormMakesTheSameAnswersPointToAHigherPhase() {
        NormenFormulier formulier = NormenFormulier.van(standaard);
        formulier.getRegels().get(0).setAcceptabel(List.of(5));
        Normen streng = formulier.alsNormen(standaard, 2);
        Vragenlijst.Polariteit negatief = ResultaatService.VRAGENLIJST.item(1).polariteit();
        Afwijking mild = Afwijking.bepaal(3.0, standaard.norm(1).acceptabel(), negatief, false);
        Afwijking strenger = Afwijking.bepaal(3.0, streng.norm(1).acceptabel(), negatief, false);
        assertThat(mild.fase()).isZero();
        assertThat(strenger.fase()).isEqualTo(2);
    }
}
