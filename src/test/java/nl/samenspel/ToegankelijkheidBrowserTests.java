package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Logs in as real users in headless Chromium, visits every page (a page added later without a
 * visit here fails the coverage check) and runs axe-core: zero WCAG 2.1 AA violations allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "samenspel.demo.enabled=true")
@ActiveProfiles("test")
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class ToegankelijkheidBrowserTests {

    private static ChromeDriver browser;
    private static final Set<String> BEZOCHT = new LinkedHashSet<>();

    @LocalServerPort int poort;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.beschikbaar() || TestDatabase.isCi(), "Chromium/ChromeDriver niet geïnstalleerd (sudo bash .ci/install)");
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void uitgelogd() {
        jdbc.sql("DELETE FROM inlog_poging").update();
        browser.manage().deleteAllCookies();
    }

    private String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    private void login(String gebruikersnaam) {
        browser.manage().deleteAllCookies();
        browser.get(url("/inloggen"));
        browser.findElement(By.id("gebruikersnaam")).sendKeys(gebruikersnaam);
        browser.findElement(By.id("wachtwoord")).sendKeys(Inloggen.DEMO_WACHTWOORD);
        klikEnWacht(By.cssSelector("form[action$='/inloggen'] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
    }

    /**
     * Clicks a button that submits a form and waits until the browser shows the next page:
     * the old document must be gone and the new one loaded, or the next lookup may hit the old page.
     */
    private void klikEnWacht(By knop) {
        WebElement oudeDocument = browser.findElement(By.tagName("html"));
        browser.findElement(knop).click();
        WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
        wacht.until(ExpectedConditions.stalenessOf(oudeDocument));
        wacht.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Opens a page (the pattern is recorded for the coverage check) and returns axe's violations. */
    private List<String> bezoek(String patroon, String pad) {
        BEZOCHT.add(patroon);
        browser.get(url(pad));
        return axe(pad);
    }

    @SuppressWarnings("unchecked")
    private List<String> axe(String waar) {
        JavascriptExecutor js = browser;
        js.executeScript(Browser.axeScript());
        Object resultaat = js.executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => klaar(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => klaar(['axe faalde: ' + e]));
                """);
        List<String> schendingen = new ArrayList<>();
        ((List<Object>) resultaat).forEach(s -> schendingen.add(waar + ": " + s));
        return schendingen;
    }

    /** For the README: target/screenshots/, copied by hand to docs/img/ when the look changes. */
    private void bewaarSchermafdruk(String naam) {
        try {
            var map = java.nio.file.Path.of("target/screenshots");
            java.nio.file.Files.createDirectories(map);
            java.nio.file.Files.write(map.resolve(naam), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Long id(String sql) {
        return jdbc.sql(sql).query(Long.class).list().get(0);
    }

    @Test
    void everyPageHasZeroWcagViolationsInDutchAndEnglish() {
        List<String> schendingen = new ArrayList<>();
        browser.get(url("/inloggen"));
        schendingen.addAll(bezoek("/inloggen", "/inloggen"));

        login("beheerder");
        Long afdeling = id("SELECT MIN(id) FROM afdeling");
        Long gebruiker = id("SELECT MIN(id) FROM gebruiker WHERE gemeente_id IS NOT NULL");
        schendingen.addAll(bezoek("/", "/"));
        bewaarSchermafdruk("start.png");
        schendingen.addAll(bezoek("/beheer/gemeente", "/beheer/gemeente"));
        schendingen.addAll(bezoek("/beheer/afdelingen", "/beheer/afdelingen"));
        schendingen.addAll(bezoek("/beheer/afdelingen/{id}", "/beheer/afdelingen/" + afdeling));
        schendingen.addAll(bezoek("/beheer/gebruikers", "/beheer/gebruikers"));
        schendingen.addAll(bezoek("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw"));
        schendingen.addAll(bezoek("/beheer/gebruikers/{id}", "/beheer/gebruikers/" + gebruiker));
        schendingen.addAll(bezoek("/error", "/bestaat-niet"));

        browser.get(url("/beheer/afdelingen"));
        klikEnWacht(By.cssSelector("form[action$='/taal'] button"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        schendingen.addAll(axe("/beheer/afdelingen (English)"));
        klikEnWacht(By.cssSelector("form[action$='/taal'] button"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

        login("burgemeester");
        schendingen.addAll(bezoek("/gesprekken", "/gesprekken"));
        schendingen.addAll(bezoek("/gesprekken/{id}", "/gesprekken/" + id("SELECT MIN(id) FROM gesprek")));
        Long gesloten = id("SELECT MAX(id) FROM gesprek WHERE status = 'GESLOTEN'");
        schendingen.addAll(bezoek("/gesprekken/{id}/resultaten", "/gesprekken/" + gesloten + "/resultaten"));
        klikEnWacht(By.cssSelector("form[action$='/acties'] button"));
        schendingen.addAll(axe("instrument gekozen"));
        String actiePad = browser.findElement(By.cssSelector("a[href*='/acties/']")).getAttribute("href").replace(url(""), "");
        schendingen.addAll(bezoek("/gesprekken/{id}/acties/{actieId}", actiePad));
        browser.findElement(By.id("eigenaar")).sendKeys("Griffier");
        browser.findElement(By.id("notities")).sendKeys("x".repeat(4001));
        klikEnWacht(By.cssSelector("form[action*='/acties/'] button[type=submit]"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("4000");
        schendingen.addAll(axe("actieformulier met fouten"));
        schendingen.addAll(bezoek("/gesprekken/nieuw", "/gesprekken/nieuw"));
        browser.findElement(By.id("titel")).sendKeys("Gesprek in de browser");
        klikEnWacht(By.cssSelector("form[action$='/gesprekken'] button[type=submit]"));
        String nieuwPad = browser.getCurrentUrl().replace(url(""), "");
        schendingen.addAll(bezoek("/gesprekken/{id}/normen", nieuwPad + "/normen"));
        for (WebElement antwoord : browser.findElements(By.cssSelector("input[name='regels[6].acceptabel']"))) {
            if (antwoord.isSelected()) {
                antwoord.sendKeys(Keys.SPACE);
            }
        }
        klikEnWacht(By.cssSelector("form[action$='/normen'] button[type=submit]"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("Item 7: kies minstens één aanvaardbaar antwoord.");
        schendingen.addAll(axe("normen met fouten"));
        browser.findElement(By.cssSelector("#foutoverzicht a[href='#regel-6']")).click();
        browser.findElement(By.id("regel-6-antwoord-4")).sendKeys(Keys.SPACE);
        klikEnWacht(By.cssSelector("form[action$='/normen'] button[type=submit]"));
        assertThat(browser.findElements(By.id("foutoverzicht"))).isEmpty();
        browser.get(url(nieuwPad));
        klikEnWacht(By.cssSelector("form[action$='/openen'] button"));
        schendingen.addAll(axe("gesprek geopend"));
        String gesprekPad = browser.getCurrentUrl().replace(url(""), "");
        schendingen.addAll(bezoek("/gesprekken/{id}/invullen", gesprekPad + "/invullen"));
        browser.get(url(gesprekPad));
        klikEnWacht(By.cssSelector("form[action$='/uitnodigingen'] button"));
        schendingen.addAll(axe("uitnodigingslinks"));
        String link = browser.findElement(By.cssSelector(".samenspel-codes code")).getText();
        browser.manage().deleteAllCookies();
        schendingen.addAll(bezoek("/deelnemen/{code}", link.replace(url(""), "")));
        bezoekEnquetePaginas(schendingen);

        bezoekRaadPaginas(schendingen);
        login("platform");
        schendingen.addAll(bezoek("/platform/gemeenten", "/platform/gemeenten"));
        schendingen.addAll(bezoek("/platform/gemeenten/nieuw", "/platform/gemeenten/nieuw"));

        login("medewerker");
        schendingen.addAll(bezoek("/", "/"));
        browser.get(url("/beheer/afdelingen"));
        schendingen.addAll(axe("403-pagina"));

        assertThat(schendingen).isEmpty();
    }

    @Test
    void formsWithErrorsStayAccessibleAndTheSummaryLinksToTheField() {
        login("beheerder");
        browser.get(url("/beheer/afdelingen"));
        klikEnWacht(By.cssSelector("form[action$='/beheer/afdelingen'] button[type=submit]"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("Vul een code in.");
        List<String> schendingen = new ArrayList<>(axe("afdelingformulier met fouten"));
        browser.findElement(By.cssSelector("#foutoverzicht a[href='#code']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("code");

        browser.get(url("/beheer/gebruikers/nieuw"));
        klikEnWacht(By.cssSelector("form button[type=submit].utrecht-button--primary-action"));
        schendingen.addAll(axe("gebruikerformulier met fouten"));
        assertThat(schendingen).isEmpty();
    }

    /** Like {@link #klikEnWacht} but with the keyboard: Enter on the focused button. */
    private void drukEnWacht(By knop) {
        WebElement oudeDocument = browser.findElement(By.tagName("html"));
        browser.findElement(knop).sendKeys(Keys.ENTER);
        WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
        wacht.until(ExpectedConditions.stalenessOf(oudeDocument));
        wacht.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void aDeelnemerAnswersTheWholeVragenlijstByKeyboardThroughASingleUseLinkAndSubmitsOnce() {
        login("griffier");
        browser.get(url("/gesprekken/nieuw"));
        browser.findElement(By.id("titel")).sendKeys("Gesprek met het toetsenbord");
        drukEnWacht(By.cssSelector("form[action$='/gesprekken'] button[type=submit]"));
        drukEnWacht(By.cssSelector("form[action$='/openen'] button"));
        drukEnWacht(By.cssSelector("form[action$='/uitnodigingen'] button"));
        String link = browser.findElement(By.cssSelector(".samenspel-codes code")).getText();
        browser.manage().deleteAllCookies();

        browser.get(link);
        browser.findElement(By.cssSelector("input[name='groep'][value='RAAD']")).sendKeys(Keys.SPACE);
        for (int item = 1; item <= 19; item++) {
            int waarde = item == 17 ? 0 : 1 + item % 5;
            browser.findElement(By.id("w" + item + "-" + waarde)).sendKeys(Keys.SPACE);
        }
        browser.findElement(By.id("voorbeeld-2")).sendKeys("Bij de begroting liep het debat uit de hand.");
        drukEnWacht(By.cssSelector("button[value='indienen']"));
        assertThat(browser.findElement(By.id("inhoud")).getText()).contains("Uw antwoorden zijn ingediend.");
        List<String> schendingen = new ArrayList<>(axe("vragenlijst ingediend"));
        assertThat(browser.findElements(By.cssSelector("button[value='indienen']"))).isEmpty();
        assertThat(schendingen).isEmpty();

        Long deelname = id("SELECT MAX(id) FROM deelname WHERE ingediend_op IS NOT NULL AND code_hash IS NOT NULL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM antwoord WHERE deelname_id = ?").param(deelname).query(Integer.class).single()).isEqualTo(19);
        assertThat(jdbc.sql("SELECT waarde FROM antwoord WHERE deelname_id = ? AND item = 17").param(deelname).query(Integer.class).list())
                .containsExactly((Integer) null);
        assertThat(jdbc.sql("SELECT waarde FROM antwoord WHERE deelname_id = ? AND item = 4").param(deelname).query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        login("griffier");
        browser.get(url("/"));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        WebDriver.TargetLocator focus = browser.switchTo();
        assertThat(focus.activeElement().getAttribute("href")).endsWith("#inhoud");
        focus.activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#inhoud");
        assertThat(focus.activeElement().getAttribute("id")).isEqualTo("inhoud");
    }

    @Test
    void zzEveryPageOfTheApplicationWasVisited() {
        if (BEZOCHT.isEmpty()) {
            everyPageHasZeroWcagViolationsInDutchAndEnglish(); // run on its own: take the tour first
        }
        List<String> niet = new ArrayList<>();
        for (var eindpunt : Eindpunten.van(mapping).alle()) {
            if (!eindpunt.isApi() && !eindpunt.wijzigt() && !isDownload(eindpunt.pad()) && !BEZOCHT.contains(eindpunt.pad())) {
                niet.add(eindpunt.pad());
            }
        }
        assertThat(niet).as("pages without an accessibility check in this test").isEmpty();
    }

    /** Files to download (PDF, XLSX, CSV) are not pages; their content is tested in the integration tests. */
    private static boolean isDownload(String pad) {
        return pad.endsWith(".pdf") || pad.endsWith(".xlsx") || pad.endsWith(".csv") || pad.endsWith("/export");
    }

    /**
     * Enquete: the beheerder's pages, a demo report in Dutch and English, a new meting with
     * invitations, and a respondent who completes the survey by keyboard only (after seeing the
     * error summary once), with axe on every page.
     */
    private void bezoekEnquetePaginas(List<String> schendingen) {
        login("beheerder");
        schendingen.addAll(bezoek("/enquete", "/enquete"));
        schendingen.addAll(bezoek("/enquete/instellingen", "/enquete/instellingen"));
        Long demo = id("SELECT MAX(id) FROM meting WHERE titel LIKE 'Medewerkersenquête %'");
        schendingen.addAll(bezoek("/enquete/metingen/{id}/rapport", "/enquete/metingen/" + demo + "/rapport"));
        browser.findElement(By.cssSelector("input[name=selectie]")).click();
        klikEnWacht(By.cssSelector("form.samenspel-filter button[type=submit]"));
        schendingen.addAll(axe("rapport met selectie"));
        klikEnWacht(By.cssSelector("form[action$='/taal'] button"));
        schendingen.addAll(axe("rapport (English)"));
        klikEnWacht(By.cssSelector("form[action$='/taal'] button"));

        schendingen.addAll(bezoek("/enquete/nieuw", "/enquete/nieuw"));
        klikEnWacht(By.cssSelector("form[action$='/enquete'] button[type=submit]"));
        schendingen.addAll(axe("nieuwe meting met fouten"));
        browser.findElement(By.id("titel")).sendKeys("Meting in de browser");
        List<WebElement> vakjes = browser.findElements(By.cssSelector("input[name=afdelingen]"));
        vakjes.get(0).click();
        vakjes.get(1).click();
        klikEnWacht(By.cssSelector("form[action$='/enquete'] button[type=submit]"));
        String metingPad = browser.getCurrentUrl().replace(url(""), "");
        schendingen.addAll(bezoek("/enquete/metingen/{id}", metingPad));
        klikEnWacht(By.cssSelector("form[action$='/openen'] button"));
        klikEnWacht(By.cssSelector("form[action$='/uitnodigingen'] button[value=html]"));
        schendingen.addAll(axe("uitnodigingscodes"));
        String code = browser.findElement(By.cssSelector(".samenspel-codes td code")).getText();

        browser.manage().deleteAllCookies();
        schendingen.addAll(bezoek("/enquete/invullen", "/enquete/invullen"));
        browser.findElement(By.id("code")).sendKeys(code);
        WebElement codepagina = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("code")).sendKeys(Keys.ENTER);
        WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
        wacht.until(ExpectedConditions.stalenessOf(codepagina));
        BEZOCHT.add("/enquete/invullen/{code}");
        schendingen.addAll(axe("vragenlijst"));
        klikEnWacht(By.cssSelector("form.samenspel-vragenlijst button[type=submit]"));
        schendingen.addAll(axe("vragenlijst met fouten"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("Kies de afdeling waar u werkt.");

        // Keyboard only from here: choose the afdeling, then per question Tab into the group and Space to choose.
        WebElement afdeling = browser.findElement(By.id("afdelingId"));
        afdeling.sendKeys(Keys.ARROW_DOWN);
        var toetsen = new org.openqa.selenium.interactions.Actions(browser);
        int vragen = browser.findElements(By.cssSelector("fieldset.samenspel-item")).size();
        for (int i = 0; i < vragen; i++) {
            toetsen.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();
            if (i % 2 == 1) {
                toetsen.sendKeys(Keys.ARROW_RIGHT).perform();
            }
        }
        toetsen.sendKeys(Keys.TAB).sendKeys("Met het toetsenbord ingevuld.").sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("button");
        WebElement formulier = browser.findElement(By.tagName("html"));
        toetsen.sendKeys(Keys.ENTER).perform();
        wacht.until(ExpectedConditions.stalenessOf(formulier));
        assertThat(browser.getCurrentUrl()).endsWith("/enquete/bedankt");
        schendingen.addAll(bezoek("/enquete/bedankt", "/enquete/bedankt"));
        Long meting = Long.valueOf(metingPad.substring(metingPad.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ? AND opmerking = 'Met het toetsenbord ingevuld.'")
                .param(meting).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons_antwoord WHERE meting_id = ? AND waarde = 2").param(meting)
                .query(Integer.class).single()).isEqualTo(vragen / 2);
    }

    /** Raadsdynamiek as the griffier (who keeps the register): every page, a report, and a rejected import with its errors. */
    private void bezoekRaadPaginas(List<String> schendingen) {
        login("griffier");
        Long periode = id("SELECT MAX(id) FROM raadsperiode WHERE naam = '2022-2026'");
        schendingen.addAll(bezoek("/raad", "/raad"));
        schendingen.addAll(bezoek("/raad/periodes/{id}", "/raad/periodes/" + periode));
        schendingen.addAll(bezoek("/raad/verloop", "/raad/verloop"));
        schendingen.addAll(bezoek("/raad/partijen", "/raad/partijen"));
        schendingen.addAll(bezoek("/raad/partijen/{id}", "/raad/partijen/" + id("SELECT MIN(id) FROM partij")));
        schendingen.addAll(bezoek("/raad/verkiezingen", "/raad/verkiezingen"));
        schendingen.addAll(bezoek("/raad/fracties", "/raad/fracties"));
        schendingen.addAll(bezoek("/raad/coalities", "/raad/coalities"));
        schendingen.addAll(bezoek("/raad/coalities/{id}", "/raad/coalities/" + id("SELECT MIN(id) FROM coalitie")));
        schendingen.addAll(bezoek("/raad/referenties", "/raad/referenties"));
        schendingen.addAll(bezoek("/raad/referenties/{id}", "/raad/referenties/" + id("SELECT MIN(id) FROM referentiewaarde")));
        schendingen.addAll(bezoek("/raad/import", "/raad/import"));
        try {
            java.nio.file.Path bestand = java.nio.file.Files.createTempFile("vragen", ".csv");
            java.nio.file.Files.writeString(bestand, "datum;indieners\n2023-05-01;Onbekende Partij\n");
            browser.findElement(By.id("import-formaat")).sendKeys("CSV met schriftelijke vragen");
            browser.findElement(By.id("import-bestand")).sendKeys(bestand.toString());
            try {
                klikEnWacht(By.cssSelector("form[action$='/raad/import'] button[type=submit]"));
            } catch (org.openqa.selenium.WebDriverException e) {
                // While the upload redirects, Chromium may call the old page's node 'not in the document' instead of stale.
                if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/raad/import/\\d+")
                && d.getPageSource().contains("Onbekende Partij"));
        BEZOCHT.add("/raad/import/{id}");
        schendingen.addAll(axe("raadsimport afgekeurd"));
    }
}
