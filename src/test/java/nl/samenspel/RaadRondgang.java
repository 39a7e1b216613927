package nl.samenspel;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Raadsdynamiek as the griffier (who keeps the register): every page, a report, and a rejected import with its errors. */
final class RaadRondgang {

    private RaadRondgang() {
    }

    static void bezoek(BrowserSessie s, List<String> schendingen) {
        s.login("griffier");
        Long periode = s.id("SELECT MAX(id) FROM raadsperiode WHERE naam = '2022-2026'");
        schendingen.addAll(s.bezoek("/raad", "/raad"));
        schendingen.addAll(s.bezoek("/raad/periodes/{id}", "/raad/periodes/" + periode));
        schendingen.addAll(s.bezoek("/raad/verloop", "/raad/verloop"));
        schendingen.addAll(s.bezoek("/raad/partijen", "/raad/partijen"));
        s.klikEnWacht(By.cssSelector("form[action$='/raad/partijen'] button[type=submit]"));
        schendingen.addAll(s.axe("partij toevoegen met fouten"));
        schendingen.addAll(s.bezoek("/raad/partijen/{id}", "/raad/partijen/" + s.id("SELECT MIN(id) FROM partij")));
        schendingen.addAll(s.bezoek("/raad/verkiezingen", "/raad/verkiezingen"));
        s.browser().findElement(By.cssSelector("form[action$='/raad/verkiezingen'] input[name^='zetels']")).sendKeys("-1");
        s.klikEnWacht(By.cssSelector("form[action$='/raad/verkiezingen'] button[type=submit]"));
        schendingen.addAll(s.axe("verkiezing toevoegen met fouten"));
        schendingen.addAll(s.bezoek("/raad/fracties", "/raad/fracties"));
        schendingen.addAll(s.bezoek("/raad/coalities", "/raad/coalities"));
        schendingen.addAll(s.bezoek("/raad/coalities/{id}", "/raad/coalities/" + s.id("SELECT MIN(id) FROM coalitie")));
        schendingen.addAll(s.bezoek("/raad/referenties", "/raad/referenties"));
        schendingen.addAll(s.bezoek("/raad/referenties/{id}", "/raad/referenties/" + s.id("SELECT MIN(id) FROM referentiewaarde")));
        schendingen.addAll(s.bezoek("/raad/moties/nieuw", "/raad/moties/nieuw"));
        s.klikEnWacht(By.cssSelector("form[action$='/raad/moties/nieuw'] button[type=submit]"));
        schendingen.addAll(s.axe("motie invoeren met fouten"));
        schendingen.addAll(s.bezoek("/raad/vragen/nieuw", "/raad/vragen/nieuw"));
        s.klikEnWacht(By.cssSelector("form[action$='/raad/vragen/nieuw'] button[type=submit]"));
        schendingen.addAll(s.axe("schriftelijke vraag invoeren met fouten"));
        schendingen.addAll(s.bezoek("/raad/import", "/raad/import"));
        try {
            java.nio.file.Path bestand = java.nio.file.Files.createTempFile("vragen", ".csv");
            java.nio.file.Files.writeString(bestand, "datum;indieners\n2023-05-01;Onbekende Partij\n");
            s.browser().findElement(By.id("import-formaat")).sendKeys("CSV met schriftelijke vragen");
            s.browser().findElement(By.id("import-bestand")).sendKeys(bestand.toString());
            s.klikEnWacht(By.cssSelector("form[action$='/raad/import'] button[type=submit]"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new WebDriverWait(s.browser(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/raad/import/\\d+")
                && d.getPageSource().contains("Onbekende Partij"));
        s.bezocht().add("/raad/import/{id}");
        schendingen.addAll(s.axe("raadsimport afgekeurd"));
    }
}
