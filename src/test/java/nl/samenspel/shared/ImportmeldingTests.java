package nl.samenspel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportmeldingTests {

    @Test
    void rowAndColumnAreReadBackFromTheLineThePageShows() {
        String tekst = new ImportFout(5502, "L1", "'7' ligt niet op de schaal: gebruik 1 tot en met 5.").beschrijving();
        assertThat(Importmelding.van(tekst)).isEqualTo(new Importmelding(5502, "L1", "'7' ligt niet op de schaal: gebruik 1 tot en met 5.", tekst));
    }

    @Test
    void aLineAboutAWholeRowHasNoColumn() {
        String tekst = new ImportFout(5504, null, "verwacht 27 kolommen, gevonden 3.").beschrijving();
        assertThat(Importmelding.van(tekst)).isEqualTo(new Importmelding(5504, null, "verwacht 27 kolommen, gevonden 3.", tekst));
    }

    @Test
    void aMessageAboutTheWholeImportHasNeitherRowNorColumn() {
        String tekst = "Deze meting is gesloten: het rapport staat vast.";
        assertThat(Importmelding.van(tekst)).isEqualTo(new Importmelding(null, null, tekst, tekst));
    }
}
