package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Norms before opening, chosen instruments as actions, and the exports of a closed gesprek. */
@IntegratieTest
class UitwerkingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    MockHttpSession burgemeester;
    MockHttpSession raadslid;

    @BeforeEach
    void login() throws Exception {
        jdbc.sql("DELETE FROM inlog_poging").update();
        burgemeester = Inloggen.als(mvc, "burgemeester");
        raadslid = Inloggen.als(mvc, "raadslid");
    }

    private Long nieuwGesprek(String zichtbaarheid) throws Exception {
        String locatie = mvc.perform(post("/gesprekken").session(burgemeester).with(csrf()).param("titel", "Normgesprek")
                        .param("datum", "2026-11-21").param("samenstelling", "MET_RAAD").param("zichtbaarheid", zichtbaarheid))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    private Long demoGesprek() {
        return jdbc.sql("SELECT MAX(g.id) FROM gesprek g JOIN gemeente m ON m.id = g.gemeente_id WHERE m.naam = 'Voorbeeldstad' AND g.status = 'GESLOTEN' AND g.titel LIKE 'Het goede gesprek%'")
                .query(Long.class).single();
    }

    private int normversie() {
        return jdbc.sql("SELECT MAX(n.versie) FROM normenset n JOIN gemeente m ON m.id = n.gemeente_id WHERE m.naam = 'Voorbeeldstad'")
                .query(Integer.class).single();
    }

    /** The shipped norms as the form posts them, with item 1 made stricter. */
    private static MockHttpServletRequestBuilder normen(MockHttpServletRequestBuilder verzoek, String naam) {
        Normen standaard = Normen.lees(Normenbeheer.standaardInhoud());
        verzoek.param("naam", naam);
        for (Normen.Norm norm : standaard.items()) {
            int i = norm.item() - 1;
            verzoek.param("regels[" + i + "].item", String.valueOf(norm.item()));
            (norm.item() == 1 ? java.util.List.of(5) : norm.acceptabel())
                    .forEach(a -> verzoek.param("regels[" + i + "].acceptabel", String.valueOf(a)));
            if (norm.zwaar()) {
                verzoek.param("regels[" + i + "].zwaar", "true");
            }
            verzoek.param("regels[" + i + "].toelichting", norm.toelichting());
        }
        return verzoek;
    }

    @Test
    void normsAreSetBeforeOpeningAndRefusedAfterwardsWithoutChangingAnything() throws Exception {
        Long id = nieuwGesprek("ANONIEM");
        String pagina = mvc.perform(get("/gesprekken/" + id + "/normen").session(burgemeester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Normen vaststellen"))).andReturn().getResponse().getContentAsString();
        var formulier = org.jsoup.Jsoup.parse(pagina);
        assertThat(formulier.select("input[name='regels[6].acceptabel'][checked]").eachAttr("value")).containsExactly("3", "4", "5");
        assertThat(formulier.select("input[name='regels[4].zwaar'][checked]")).hasSize(1);
        mvc.perform(post("/gesprekken/" + id + "/normen").session(raadslid).with(csrf())).andExpect(status().isForbidden());

        int voor = normversie();
        mvc.perform(normen(post("/gesprekken/" + id + "/normen").session(burgemeester).with(csrf()), "Strengere normen 2027"))
                .andExpect(redirectedUrl("/gesprekken/" + id + "/normen"));
        assertThat(normversie()).isEqualTo(voor + 1);

        mvc.perform(post("/gesprekken/" + id + "/openen").session(burgemeester).with(csrf()));
        String gebruikt = jdbc.sql("SELECT n.naam FROM gesprek g JOIN normenset n ON n.id = g.normenset_id WHERE g.id = ?")
                .param(id).query(String.class).single();
        assertThat(gebruikt).isEqualTo("Strengere normen 2027");

        mvc.perform(normen(post("/gesprekken/" + id + "/normen").session(burgemeester).with(csrf()), "Te laat"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De normen van dit gesprek liggen vast sinds het is geopend")));
        assertThat(normversie()).isEqualTo(voor + 1);
        mvc.perform(get("/gesprekken/" + id + "/normen").session(raadslid)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Normen vaststellen</button>"))));
    }

    @Test
    void badNormsAreRefusedPerItemAndSaveNothing() throws Exception {
        Long id = nieuwGesprek("OPEN");
        int voor = normversie();
        var verzoek = normen(post("/gesprekken/" + id + "/normen").session(burgemeester).with(csrf()), "");
        verzoek.param("regels[6].acceptabel", "9");
        mvc.perform(verzoek).andExpect(status().isOk())
                .andExpect(content().string(containsString("Geef de normenset een naam")))
                .andExpect(content().string(containsString("Item 7: een aanvaardbaar antwoord ligt tussen 1 (altijd) en 5 (nooit).")))
                .andExpect(content().string(containsString("href=\"#regel-6\"")));
        assertThat(normversie()).isEqualTo(voor);
    }

    @Test
    void aChosenInstrumentBecomesAnActionWithOwnerDueDateStatusAndNotes() throws Exception {
        Long id = demoGesprek();
        mvc.perform(post("/gesprekken/" + id + "/acties").session(burgemeester).with(csrf()).param("instrument", "Feedback geven"));
        Long actie = jdbc.sql("SELECT id FROM gesprek_actie WHERE gesprek_id = ? AND instrument = 'Feedback geven'")
                .param(id).query(Long.class).single();
        String pad = "/gesprekken/" + id + "/acties/" + actie;
        mvc.perform(get(pad).session(burgemeester)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoe zet u het in")));
        mvc.perform(get(pad).session(raadslid)).andExpect(status().isForbidden());

        mvc.perform(post(pad).session(burgemeester).with(csrf()).param("eigenaar", "Griffier").param("deadline", "2027-02-01")
                .param("status", "LOOPT").param("notities", "x".repeat(4001)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("gebruik hooguit 4000 tekens")));
        mvc.perform(post(pad).session(burgemeester).with(csrf()).param("eigenaar", "Griffier").param("deadline", "2027-02-01")
                .param("status", "LOOPT").param("notities", "Feedback na elke raadsvergadering."))
                .andExpect(redirectedUrl("/gesprekken/" + id + "/resultaten#acties"));
        var rij = jdbc.sql("SELECT eigenaar, deadline, status, notities FROM gesprek_actie WHERE id = ?").param(actie).query().singleRow();
        assertThat(rij.get("eigenaar")).isEqualTo("Griffier");
        assertThat(rij.get("deadline").toString()).isEqualTo("2027-02-01");
        assertThat(rij.get("status")).isEqualTo("LOOPT");
        mvc.perform(get("/gesprekken/" + id + "/resultaten").session(raadslid))
                .andExpect(content().string(containsString("Feedback na elke raadsvergadering.")));
        mvc.perform(get("/gesprekken/" + id + "/acties/999999").session(burgemeester)).andExpect(status().isNotFound());
    }

    @Test
    void thePdfCarriesTheResultsAndTheAnonymousDownloadsCarryNoPerPersonData() throws Exception {
        Long id = demoGesprek();
        byte[] pdf = mvc.perform(get("/gesprekken/" + id + "/resultaten.pdf").session(raadslid)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Voorbeeldstad", "Gespreksagenda", "Landkaart", "Er wordt gestemd langs de lijn coalitie-oppositie",
                    "Feiten uit de raad naast de antwoorden");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        String csv = mvc.perform(get("/gesprekken/" + id + "/antwoorden.csv").session(raadslid)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFItem;Tekst;Polariteit").doesNotContain("Motie van wantrouwen dreigde in maart.");
        byte[] xlsx = mvc.perform(get("/gesprekken/" + id + "/antwoorden.xlsx").session(raadslid)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var boek = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(boek.getNumberOfSheets()).isEqualTo(1);
            assertThat(boek.getSheetAt(0).getSheetName()).isEqualTo("Verdeling per item");
            assertThat(boek.getSheetAt(0).getLastRowNum()).isEqualTo(19);
        }
    }

    @Test
    void theResultPageSetsTheCouncilFactsBesideItemsOneSixSevenAndEight() throws Exception {
        String pagina = mvc.perform(get("/gesprekken/" + demoGesprek() + "/resultaten").session(raadslid)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var tabel = org.jsoup.Jsoup.parse(pagina).selectFirst("#raadsfeiten + p + table");
        assertThat(tabel).isNotNull();
        assertThat(tabel.select("tbody th").eachText()).extracting(t -> t.substring(0, t.indexOf('.')))
                .containsExactly("1", "6", "7", "8");
        assertThat(tabel.text()).contains("Moties en amendementen ingediend door alleen coalitiepartijen", "fracties in de raad",
                "gemiddeld 7,3 fracties per gemeenteraad", "afsplitsing");
    }

    @Test
    void resultsAndExportsOfAGesprekThatIsNotClosedAreRefused() throws Exception {
        Long id = nieuwGesprek("OPEN");
        mvc.perform(get("/gesprekken/" + id + "/resultaten.pdf").session(burgemeester)).andExpect(status().isBadRequest());
        mvc.perform(get("/gesprekken/" + id + "/antwoorden.csv").session(burgemeester)).andExpect(status().isBadRequest());
    }
}
