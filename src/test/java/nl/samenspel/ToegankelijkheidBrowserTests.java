package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
    private BrowserSessie sessie;

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
        sessie = new BrowserSessie(browser, poort, jdbc, BEZOCHT);
        jdbc.sql("DELETE FROM inlog_poging").update();
        browser.manage().deleteAllCookies();
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

    @Test
    void everyPageHasZeroWcagViolationsInDutchAndEnglish() {
        List<String> schendingen = new ArrayList<>();
        browser.get(sessie.url("/inloggen"));
        schendingen.addAll(sessie.bezoek("/inloggen", "/inloggen"));

        sessie.login("beheerder");
        Long afdeling = sessie.id("SELECT MIN(id) FROM afdeling");
        Long gebruiker = sessie.id("SELECT MIN(id) FROM gebruiker WHERE gemeente_id IS NOT NULL");
        schendingen.addAll(sessie.bezoek("/", "/"));
        bewaarSchermafdruk("start.png");
        schendingen.addAll(sessie.bezoek("/beheer/gemeente", "/beheer/gemeente"));
        schendingen.addAll(sessie.bezoek("/beheer/afdelingen", "/beheer/afdelingen"));
        schendingen.addAll(sessie.bezoek("/beheer/afdelingen/{id}", "/beheer/afdelingen/" + afdeling));
        schendingen.addAll(sessie.bezoek("/beheer/gebruikers", "/beheer/gebruikers"));
        schendingen.addAll(sessie.bezoek("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw"));
        schendingen.addAll(sessie.bezoek("/beheer/gebruikers/{id}", "/beheer/gebruikers/" + gebruiker));
        schendingen.addAll(sessie.bezoek("/error", "/bestaat-niet"));

        browser.get(sessie.url("/beheer/afdelingen"));
        sessie.klikEnWacht(By.cssSelector("form[action$='/taal'] button"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        schendingen.addAll(sessie.axe("/beheer/afdelingen (English)"));
        sessie.klikEnWacht(By.cssSelector("form[action$='/taal'] button"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

        sessie.login("burgemeester");
        schendingen.addAll(sessie.bezoek("/gesprekken", "/gesprekken"));
        schendingen.addAll(sessie.bezoek("/gesprekken/{id}", "/gesprekken/" + sessie.id("SELECT MIN(id) FROM gesprek")));
        Long gesloten = sessie.id("SELECT MAX(id) FROM gesprek WHERE status = 'GESLOTEN'");
        schendingen.addAll(sessie.bezoek("/gesprekken/{id}/resultaten", "/gesprekken/" + gesloten + "/resultaten"));
        sessie.klikEnWacht(By.cssSelector("form[action$='/acties'] button"));
        schendingen.addAll(sessie.axe("instrument gekozen"));
        String actiePad = browser.findElement(By.cssSelector("a[href*='/acties/']")).getAttribute("href").replace(sessie.url(""), "");
        schendingen.addAll(sessie.bezoek("/gesprekken/{id}/acties/{actieId}", actiePad));
        browser.findElement(By.id("eigenaar")).sendKeys("Griffier");
        browser.findElement(By.id("notities")).sendKeys("x".repeat(4001));
        sessie.klikEnWacht(By.cssSelector("form[action*='/acties/'] button[type=submit]"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("4000");
        schendingen.addAll(sessie.axe("actieformulier met fouten"));
        schendingen.addAll(sessie.bezoek("/gesprekken/nieuw", "/gesprekken/nieuw"));
        browser.findElement(By.id("titel")).sendKeys("Gesprek in de browser");
        sessie.klikEnWacht(By.cssSelector("form[action$='/gesprekken'] button[type=submit]"));
        String nieuwPad = browser.getCurrentUrl().replace(sessie.url(""), "");
        schendingen.addAll(sessie.bezoek("/gesprekken/{id}/normen", nieuwPad + "/normen"));
        for (WebElement antwoord : browser.findElements(By.cssSelector("input[name='regels[6].acceptabel']"))) {
            if (antwoord.isSelected()) {
                antwoord.sendKeys(Keys.SPACE);
            }
        }
        sessie.klikEnWacht(By.cssSelector("form[action$='/normen'] button[type=submit]"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("Item 7: kies minstens één aanvaardbaar antwoord.");
        schendingen.addAll(sessie.axe("normen met fouten"));
        browser.findElement(By.cssSelector("#foutoverzicht a[href='#regel-6']")).click();
        browser.findElement(By.id("regel-6-antwoord-4")).sendKeys(Keys.SPACE);
        sessie.klikEnWacht(By.cssSelector("form[action$='/normen'] button[type=submit]"));
        assertThat(browser.findElements(By.id("foutoverzicht"))).isEmpty();
        browser.get(sessie.url(nieuwPad));
        sessie.klikEnWacht(By.cssSelector("form[action$='/openen'] button"));
        schendingen.addAll(sessie.axe("gesprek geopend"));
        String gesprekPad = browser.getCurrentUrl().replace(sessie.url(""), "");
        schendingen.addAll(sessie.bezoek("/gesprekken/{id}/invullen", gesprekPad + "/invullen"));
        browser.get(sessie.url(gesprekPad));
        sessie.klikEnWacht(By.cssSelector("form[action$='/uitnodigingen'] button"));
        schendingen.addAll(sessie.axe("uitnodigingslinks"));
        String link = browser.findElement(By.cssSelector(".samenspel-codes code")).getText();
        browser.manage().deleteAllCookies();
        schendingen.addAll(sessie.bezoek("/deelnemen/{code}", link.replace(sessie.url(""), "")));
        EnqueteRondgang.bezoek(sessie, schendingen);

        RaadRondgang.bezoek(sessie, schendingen);
        sessie.login("platform");
        schendingen.addAll(sessie.bezoek("/platform/gemeenten", "/platform/gemeenten"));
        schendingen.addAll(sessie.bezoek("/platform/gemeenten/nieuw", "/platform/gemeenten/nieuw"));

        sessie.login("medewerker");
        schendingen.addAll(sessie.bezoek("/", "/"));
        browser.get(sessie.url("/beheer/afdelingen"));
        schendingen.addAll(sessie.axe("403-pagina"));

        assertThat(schendingen).isEmpty();
    }

    @Test
    void formsWithErrorsStayAccessibleAndTheSummaryLinksToTheField() {
        sessie.login("beheerder");
        browser.get(sessie.url("/beheer/afdelingen"));
        sessie.klikEnWacht(By.cssSelector("form[action$='/beheer/afdelingen'] button[type=submit]"));
        assertThat(browser.findElement(By.id("foutoverzicht")).getText()).contains("Vul een code in.");
        List<String> schendingen = new ArrayList<>(sessie.axe("afdelingformulier met fouten"));
        browser.findElement(By.cssSelector("#foutoverzicht a[href='#code']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("code");

        browser.get(sessie.url("/beheer/gebruikers/nieuw"));
        sessie.klikEnWacht(By.cssSelector("form button[type=submit].utrecht-button--primary-action"));
        schendingen.addAll(sessie.axe("gebruikerformulier met fouten"));
        assertThat(schendingen).isEmpty();
    }

    @Test
    void aDeelnemerAnswersTheWholeVragenlijstByKeyboardThroughASingleUseLinkAndSubmitsOnce() {
        sessie.login("griffier");
        browser.get(sessie.url("/gesprekken/nieuw"));
        browser.findElement(By.id("titel")).sendKeys("Gesprek met het toetsenbord");
        sessie.drukEnWacht(By.cssSelector("form[action$='/gesprekken'] button[type=submit]"));
        sessie.drukEnWacht(By.cssSelector("form[action$='/openen'] button"));
        sessie.drukEnWacht(By.cssSelector("form[action$='/uitnodigingen'] button"));
        String link = browser.findElement(By.cssSelector(".samenspel-codes code")).getText();
        browser.manage().deleteAllCookies();

        browser.get(link);
        browser.findElement(By.cssSelector("input[name='groep'][value='RAAD']")).sendKeys(Keys.SPACE);
        for (int item = 1; item <= 19; item++) {
            int waarde = item == 17 ? 0 : 1 + item % 5;
            browser.findElement(By.id("w" + item + "-" + waarde)).sendKeys(Keys.SPACE);
        }
        browser.findElement(By.id("voorbeeld-2")).sendKeys("Bij de begroting liep het debat uit de hand.");
        sessie.drukEnWacht(By.cssSelector("button[value='indienen']"));
        assertThat(browser.findElement(By.id("inhoud")).getText()).contains("Uw antwoorden zijn ingediend.");
        List<String> schendingen = new ArrayList<>(sessie.axe("vragenlijst ingediend"));
        assertThat(browser.findElements(By.cssSelector("button[value='indienen']"))).isEmpty();
        assertThat(schendingen).isEmpty();

        Long deelname = sessie.id("SELECT MAX(id) FROM deelname WHERE ingediend_op IS NOT NULL AND code_hash IS NOT NULL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM antwoord WHERE deelname_id = ?").param(deelname).query(Integer.class).single()).isEqualTo(19);
        assertThat(jdbc.sql("SELECT waarde FROM antwoord WHERE deelname_id = ? AND item = 17").param(deelname).query(Integer.class).list())
                .containsExactly((Integer) null);
        assertThat(jdbc.sql("SELECT waarde FROM antwoord WHERE deelname_id = ? AND item = 4").param(deelname).query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        sessie.login("griffier");
        browser.get(sessie.url("/"));
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

}
