package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import nl.samenspel.shared.ImportAfgekeurdException;
import nl.samenspel.shared.ImportFout;
import org.junit.jupiter.api.Test;

class AfdelingCsvLezerTests {

    private static List<AfdelingCsvLezer.Regel> lees(String csv) {
        return AfdelingCsvLezer.lees(new StringReader(csv));
    }

    private static List<ImportFout> fouten(String csv) {
        return catchThrowableOfType(ImportAfgekeurdException.class, () -> lees(csv)).fouten();
    }

    @Test
    void readsSemicolonSeparatedRowsAsExcelSavesThemInDutch() {
        assertThat(lees("code;naam\nBZ;Burgerzaken\nFIN;Financiën\n"))
                .containsExactly(new AfdelingCsvLezer.Regel(2, "BZ", "Burgerzaken"), new AfdelingCsvLezer.Regel(3, "FIN", "Financiën"));
    }

    @Test
    void readsCommaSeparatedRowsWithQuotesAByteOrderMarkAndSpaces() {
        assertThat(lees("\uFEFFCode , Naam\r\n BZ ,\"Burgerzaken, Publiekszaken\"\r\n"))
                .containsExactly(new AfdelingCsvLezer.Regel(2, "BZ", "Burgerzaken, Publiekszaken"));
    }

    @Test
    void namesRowAndColumnOfEveryProblemAtOnce() {
        var fouten = fouten("code;naam\nBZ;Burgerzaken\n;Zonder code\nFIN;\nBZ;Dubbel\nX Y;Spatie\nA;B;C\n");
        assertThat(fouten).extracting(ImportFout::beschrijving).containsExactly(
                "Rij 3, kolom 'code': de code ontbreekt.",
                "Rij 4, kolom 'naam': de naam ontbreekt.",
                "Rij 5, kolom 'code': code 'BZ' staat ook al op rij 2.",
                "Rij 6, kolom 'code': 'X Y' is geen geldige code: gebruik 1 tot 40 letters, cijfers, punt, streepje of liggend streepje.",
                "Rij 7: verwacht 2 kolommen (code, naam), gevonden 3.");
    }

    @Test
    void rejectsAWrongHeader() {
        assertThat(fouten("afdeling;omschrijving\nBZ;Burgerzaken\n")).extracting(ImportFout::beschrijving)
                .containsExactly("Rij 1: de kopregel moet 'code;naam' zijn, maar is 'afdeling;omschrijving'.");
    }

    @Test
    void rejectsAnEmptyFileAndAFileWithOnlyAHeader() {
        assertThat(fouten("")).extracting(ImportFout::rij).containsExactly(1);
        assertThat(fouten("code;naam\n")).extracting(ImportFout::beschrijving)
                .containsExactly("Rij 2: het bestand bevat alleen een kopregel en geen afdelingen.");
    }

    @Test
    void duplicateCodesDifferingOnlyInCaseAreDuplicates() {
        assertThat(fouten("code;naam\nbz;Burgerzaken\nBZ;Ook burgerzaken\n")).extracting(ImportFout::kolom).containsExactly("code");
    }

    @Test
    void rejectsANameLongerThanTwoHundredCharacters() {
        assertThat(fouten("code;naam\nA;" + "x".repeat(201) + "\n")).extracting(ImportFout::beschrijving)
                .containsExactly("Rij 2, kolom 'naam': de naam is langer dan 200 tekens.");
    }
}
