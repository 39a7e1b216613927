package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser tour needs: the browser, the app's address, the database for ids, and the
 * set of visited page patterns for the coverage check. Module tours (EnqueteRondgang,
 * RaadRondgang) take one of these, so the accessibility test stays one short file.
 */
public record BrowserSessie(ChromeDriver browser, int poort, JdbcClient jdbc, Set<String> bezocht) {

    public String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    public void login(String gebruikersnaam) {
        browser.manage().deleteAllCookies();
        browser.get(url("/inloggen"));
        browser.findElement(By.id("gebruikersnaam")).sendKeys(gebruikersnaam);
        browser.findElement(By.id("wachtwoord")).sendKeys(Inloggen.DEMO_WACHTWOORD);
        klikEnWacht(By.cssSelector("form[action$='/inloggen'] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
    }

    /** Clicks a button that submits a form and waits for the next page. */
    public void klikEnWacht(By knop) {
        wachtOpVolgendePagina(() -> browser.findElement(knop).click());
    }

    /** The same with the keyboard: Enter on the button. */
    public void drukEnWacht(By knop) {
        wachtOpVolgendePagina(() -> browser.findElement(knop).sendKeys(Keys.ENTER));
    }

    /**
     * Does {@code actie} and waits until the old document is gone and the new one loaded; without
     * this the next lookup may hit the old page (a stale element) on a slow machine. While a page
     * navigates, Chromium sometimes reports the old node as 'not belonging to the document'
     * instead of stale: that too means the old page is gone.
     */
    public void wachtOpVolgendePagina(Runnable actie) {
        WebElement oudeDocument = browser.findElement(By.tagName("html"));
        try {
            actie.run();
        } catch (WebDriverException e) {
            if (!isWeg(e)) {
                throw e;
            }
        }
        WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(15));
        wacht.until(d -> {
            try {
                oudeDocument.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (isWeg(e)) {
                    return true;
                }
                throw e;
            }
        });
        wacht.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static boolean isWeg(WebDriverException e) {
        return e instanceof StaleElementReferenceException || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Opens a page (the pattern is recorded for the coverage check) and returns axe's violations. */
    public List<String> bezoek(String patroon, String pad) {
        bezocht.add(patroon);
        browser.get(url(pad));
        return axe(pad);
    }

    @SuppressWarnings("unchecked")
    public List<String> axe(String waar) {
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

    public Long id(String sql) {
        return jdbc.sql(sql).query(Long.class).list().get(0);
    }
}
