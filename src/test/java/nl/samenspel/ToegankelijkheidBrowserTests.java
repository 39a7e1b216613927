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
        schendingen.addAll(bezoek("/gesprekken/{id}/resultaten", "/gesprekken/" + id("SELECT MAX(id) FROM gesprek") + "/resultaten"));
        schendingen.addAll(bezoek("/gesprekken/nieuw", "/gesprekken/nieuw"));
        browser.findElement(By.id("titel")).sendKeys("Gesprek in de browser");
        klikEnWacht(By.cssSelector("form[action$='/gesprekken'] button[type=submit]"));
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
        everyPageHasZeroWcagViolationsInDutchAndEnglish();
        List<String> niet = new ArrayList<>();
        for (var eindpunt : Eindpunten.van(mapping).alle()) {
            if (!eindpunt.isApi() && !eindpunt.wijzigt() && !BEZOCHT.contains(eindpunt.pad())) {
                niet.add(eindpunt.pad());
            }
        }
        assertThat(niet).as("pages without an accessibility check in this test").isEmpty();
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
        // The exports are files (PDF, XLSX, CSV), not pages: RaadIntegrationTests checks them.
        BEZOCHT.addAll(List.of("/raad/periodes/{id}/export.pdf", "/raad/periodes/{id}/export.xlsx", "/raad/periodes/{id}/export.csv"));
    }
}
