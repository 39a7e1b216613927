package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
     * Enquete: the beheerder's pages, a demo report in Dutch and English, a new meting with
     * invitations and an import followed on its progress page, and a respondent who completes the
     * survey by keyboard only (after seeing the error summary once), with axe on every page.
     */
final class EnqueteRondgang {

    private EnqueteRondgang() {
    }

    static void bezoek(BrowserSessie s, List<String> schendingen) {
        s.login("beheerder");
        schendingen.addAll(s.bezoek("/enquete", "/enquete"));
        schendingen.addAll(s.bezoek("/enquete/instellingen", "/enquete/instellingen"));
        schendingen.addAll(s.bezoek("/enquete/vergelijking", "/enquete/vergelijking"));
        Long demo = s.id("SELECT MAX(id) FROM meting WHERE titel LIKE 'Medewerkersenquête %'");
        schendingen.addAll(s.bezoek("/enquete/metingen/{id}/rapport", "/enquete/metingen/" + demo + "/rapport"));
        s.browser().findElement(By.cssSelector("input[name=selectie]")).click();
        s.klikEnWacht(By.cssSelector("form.samenspel-filter button[type=submit]"));
        schendingen.addAll(s.axe("rapport met selectie"));
        s.klikEnWacht(By.cssSelector("form[action$='/taal'] button"));
        schendingen.addAll(s.axe("rapport (English)"));
        s.klikEnWacht(By.cssSelector("form[action$='/taal'] button"));

        schendingen.addAll(s.bezoek("/enquete/nieuw", "/enquete/nieuw"));
        s.klikEnWacht(By.cssSelector("form[action$='/enquete'] button[type=submit]"));
        schendingen.addAll(s.axe("nieuwe meting met fouten"));
        s.browser().findElement(By.id("titel")).sendKeys("Meting in de s.browser()");
        List<WebElement> vakjes = s.browser().findElements(By.cssSelector("input[name=afdelingen]"));
        vakjes.get(0).click();
        vakjes.get(1).click();
        s.klikEnWacht(By.cssSelector("form[action$='/enquete'] button[type=submit]"));
        String metingPad = s.browser().getCurrentUrl().replace(s.url(""), "");
        schendingen.addAll(s.bezoek("/enquete/metingen/{id}", metingPad));
        s.klikEnWacht(By.cssSelector("form[action$='/openen'] button"));
        s.klikEnWacht(By.cssSelector("form[action$='/uitnodigingen'] button[value=html]"));
        schendingen.addAll(s.axe("uitnodigingscodes"));
        String code = s.browser().findElement(By.cssSelector(".samenspel-codes td code")).getText();
        importeer(s, metingPad, schendingen);

        s.browser().manage().deleteAllCookies();
        schendingen.addAll(s.bezoek("/enquete/invullen", "/enquete/invullen"));
        s.browser().findElement(By.id("code")).sendKeys(code);
        s.drukEnWacht(By.id("code"));
        s.bezocht().add("/enquete/invullen/{code}");
        schendingen.addAll(s.axe("vragenlijst"));
        s.klikEnWacht(By.cssSelector("form.samenspel-vragenlijst button[type=submit]"));
        schendingen.addAll(s.axe("vragenlijst met fouten"));
        assertThat(s.browser().findElement(By.id("foutoverzicht")).getText()).contains("Kies de afdeling waar u werkt.");

        // Keyboard only from here: choose the afdeling, then per question Tab into the group and Space to choose.
        WebElement afdeling = s.browser().findElement(By.id("afdelingId"));
        afdeling.sendKeys(Keys.ARROW_DOWN);
        var toetsen = new org.openqa.selenium.interactions.Actions(s.browser());
        int vragen = s.browser().findElements(By.cssSelector("fieldset.samenspel-item")).size();
        for (int i = 0; i < vragen; i++) {
            toetsen.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();
            if (i % 2 == 1) {
                toetsen.sendKeys(Keys.ARROW_RIGHT).perform();
            }
        }
        toetsen.sendKeys(Keys.TAB).sendKeys("Met het toetsenbord ingevuld.").sendKeys(Keys.TAB).perform();
        assertThat(s.browser().switchTo().activeElement().getTagName()).isEqualTo("button");
        s.wachtOpVolgendePagina(() -> toetsen.sendKeys(Keys.ENTER).perform());
        assertThat(s.browser().getCurrentUrl()).endsWith("/enquete/bedankt");
        schendingen.addAll(s.bezoek("/enquete/bedankt", "/enquete/bedankt"));
        Long meting = Long.valueOf(metingPad.substring(metingPad.lastIndexOf('/') + 1));
        assertThat(s.jdbc().sql("SELECT COUNT(*) FROM respons WHERE meting_id = ? AND opmerking = 'Met het toetsenbord ingevuld.'")
                .param(meting).query(Integer.class).single()).isEqualTo(1);
        assertThat(s.jdbc().sql("SELECT COUNT(*) FROM respons_antwoord WHERE meting_id = ? AND waarde = 2").param(meting)
                .query(Integer.class).single()).isEqualTo(vragen / 2);
    }

    /** Uploads three responses (every answer 3) and follows the progress page until it shows the outcome. */
    private static void importeer(BrowserSessie s, String metingPad, List<String> schendingen) {
        s.browser().get(s.url(metingPad));
        String kop = s.browser().findElement(By.cssSelector("#import pre.samenspel-voorbeeld")).getText().strip();
        String afdeling = s.browser().findElement(By.cssSelector("#afdelingId option:nth-child(2)")).getText();
        String rij = afdeling + ";3".repeat(kop.split(";").length - 2) + ";";
        try {
            Path bestand = Files.createTempFile("mto", ".csv");
            Files.writeString(bestand, kop + "\n" + (rij + "\n").repeat(3));
            s.browser().findElement(By.id("bestand")).sendKeys(bestand.toString());
            s.klikEnWacht(By.cssSelector("form[action$='/import'] button[type=submit]"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new WebDriverWait(s.browser(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/enquete/importen/\\d+")
                && d.findElement(By.id("importstatus")).getText().contains("3 responsen geïmporteerd"));
        s.bezocht().add("/enquete/importen/{id}");
        schendingen.addAll(s.axe("enquête-import gelukt"));
        Long meting = Long.valueOf(metingPad.substring(metingPad.lastIndexOf('/') + 1));
        s.jdbc().sql("INSERT INTO enquete_import (gemeente_id, meting_id, bestandsnaam, status, rijen, totaal, gestart_op, bijgewerkt_op) "
                + "SELECT gemeente_id, id, 'groot.csv', 'BEZIG', 12000, 200000, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM meting WHERE id = ?")
                .param(meting).update();
        Long bezig = s.id("SELECT MAX(id) FROM enquete_import WHERE bestandsnaam = 'groot.csv'");
        s.browser().get(s.url("/enquete/importen/" + bezig));
        // Stop htmx polling (a clone is not processed by htmx) so axe and the check see one stable page.
        s.browser().executeScript("const e = document.querySelector('#importstatus > div'); e.replaceWith(e.cloneNode(true));");
        schendingen.addAll(s.axe("enquête-import bezig"));
        assertThat(s.browser().findElement(By.id("importvoortgang")).getAttribute("value")).isEqualTo("12000");
        s.jdbc().sql("UPDATE enquete_import SET status = 'MISLUKT' WHERE id = ?").param(bezig).update();
        schendingen.addAll(s.bezoek("/enquete/metingen/{id}", metingPad));
        assertThat(s.browser().findElement(By.id("importen")).getText()).contains("Gelukt");
    }
}
