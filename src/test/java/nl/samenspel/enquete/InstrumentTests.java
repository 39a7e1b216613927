package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.samenspel.enquete.Instrument.Indicator;
import nl.samenspel.enquete.Instrument.Polariteit;
import org.junit.jupiter.api.Test;

class InstrumentTests {

    private final Instrument instrument = InstrumentLezer.standaard();

    @Test
    void everyIndicatorOfAnnexTwoHasStatementsInBothDirections() {
        for (Indicator indicator : Indicator.veiligheid()) {
            assertThat(instrument.vragenVan(indicator)).extracting(Instrument.Vraag::polariteit).as(indicator.name())
                    .contains(Polariteit.POSITIEF, Polariteit.NEGATIEF);
        }
    }

    @Test
    void holdsTheWerkbelevingQuestionsOfTheSeedsTables() {
        assertThat(instrument.vragenVan(Indicator.WERKBELEVING)).extracting(Instrument.Vraag::tekst).contains(
                "Vindt u de onderlinge sfeer tussen collega's op het werk goed?",
                "Ervaart u voldoende sociale steun door uw leidinggevende?",
                "Ervaart u voldoende functionele steun van uw leidinggevende?",
                "Voelt u zich voldoende gewaardeerd door uw leidinggevende?");
        assertThat(instrument.vraag("WB2").polariteit()).isEqualTo(Polariteit.NEGATIEF);
        assertThat(instrument.schaal()).extracting(Instrument.Schaalpunt::label).containsExactly("Altijd", "Vaak", "Soms", "Zelden", "Nooit");
    }

    @Test
    void scoresRunFromZeroToHundredInTheDirectionOfThePolarity() {
        assertThat(instrument.vraag("L1").score(1)).isEqualTo(100);
        assertThat(instrument.vraag("L1").score(5)).isZero();
        assertThat(instrument.vraag("F1").score(1)).isZero();
        assertThat(instrument.vraag("F1").score(5)).isEqualTo(100);
        assertThat(instrument.vraag("F1").gunstig(5)).isTrue();
        assertThat(instrument.vraag("F1").gunstig(2)).isFalse();
    }

    @Test
    void speaksEnglishToo() {
        assertThat(instrument.vraag("WB1").tekst(Locale.ENGLISH)).startsWith("Do you find");
        assertThat(instrument.schaal().get(0).label(Locale.ENGLISH)).isEqualTo("Always");
    }

    @Test
    void refusesAnInstrumentWithDuplicateCodesOrAMissingIndicator() {
        String json = """
                {"versie":1,"schaal":[{"waarde":1},{"waarde":2},{"waarde":3},{"waarde":4},{"waarde":5}],
                 "vragen":[{"code":"L1","indicator":"LEIDERSCHAP","polariteit":"POSITIEF","tekst":"a"},
                           {"code":"L1","indicator":"LEIDERSCHAP","polariteit":"POSITIEF","tekst":"b"}]}""";
        assertThatThrownBy(() -> InstrumentLezer.lees(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("'L1'").hasMessageContaining("INCLUSIE");
    }
}
