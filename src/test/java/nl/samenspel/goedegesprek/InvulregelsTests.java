package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InvulregelsTests {

    private static Invulformulier formulier(Map<Integer, Integer> waarden, Groep groep) {
        Invulformulier formulier = new Invulformulier();
        formulier.getWaarden().putAll(waarden);
        formulier.setGroep(groep);
        return formulier;
    }

    private static Map<Integer, Integer> alle(int waarde) {
        var waarden = new java.util.HashMap<Integer, Integer>();
        for (int i = 1; i <= 19; i++) {
            waarden.put(i, waarde);
        }
        return waarden;
    }

    @Test
    void aDraftMayLeaveItemsOpen() {
        assertThat(Invulregels.controleer(formulier(Map.of(1, 2), null), false)).isEmpty();
    }

    @Test
    void aSubmissionNeedsEveryItemAndAGroup() {
        var fouten = Invulregels.controleer(formulier(Map.of(1, 2), null), true);
        assertThat(fouten).extracting(Invulregels.Fout::veld).contains("groep", "waarden[2]", "waarden[19]").doesNotContain("waarden[1]");
        assertThat(fouten).hasSize(19);
    }

    @Test
    void geenAntwoordCountsAsAnsweredAndIsStoredAsMissing() {
        var formulier = formulier(alle(0), Groep.COLLEGE);
        assertThat(Invulregels.controleer(formulier, true)).isEmpty();
        assertThat(Invulregels.antwoorden(formulier).get(7).waarde()).isNull();
    }

    @Test
    void valuesOutsideTheScaleAndUnknownItemsAreRejected() {
        var waarden = alle(3);
        waarden.put(4, 6);
        waarden.put(20, 1);
        assertThat(Invulregels.controleer(formulier(waarden, Groep.RAAD), true)).extracting(Invulregels.Fout::melding).containsExactlyInAnyOrder(
                "Vraag 4: kies een antwoord van 1 (altijd) tot en met 5 (nooit), of 'geen antwoord'.",
                "Vraag 20 bestaat niet; de vragenlijst heeft vragen 1 tot en met 19.");
    }

    @Test
    void theErrorSummaryLinksToTheItemOrTheExample() {
        assertThat(new Invulregels.Fout("waarden[7]", "").anker()).isEqualTo("item-7");
        assertThat(new Invulregels.Fout("voorbeelden[7]", "").anker()).isEqualTo("voorbeeld-7");
        assertThat(new Invulregels.Fout("groep", "").anker()).isEqualTo("groep");
    }

    @Test
    void theShippedVragenlijstHasNineteenItemsElevenForTheRaad() {
        Vragenlijst lijst = VragenlijstLezer.standaard();
        assertThat(lijst.items()).hasSize(19);
        assertThat(lijst.itemsVan(Vragenlijst.Onderdeel.RAAD)).hasSize(11);
        assertThat(lijst.item(19).polariteit()).isEqualTo(Vragenlijst.Polariteit.POSITIEF);
        assertThat(lijst.item(13).tekst()).isEqualTo(
                "Wethouders stemmen voorafgaand aan de collegevergadering bepaalde zaken onderling of met hun fractie af");
    }

    @Test
    void theLoaderRejectsAListWithTheWrongNumberOfItems() {
        String json = "{\"id\":\"x\",\"versie\":1,\"schaal\":[{\"waarde\":1,\"label\":\"altijd\"}],\"items\":[]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VragenlijstLezer.lees(
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("de vragenlijst moet 19 items hebben, maar heeft er 0")
                .hasMessageContaining("de schaal moet de waarden 1 tot en met 5 hebben");
    }
}
