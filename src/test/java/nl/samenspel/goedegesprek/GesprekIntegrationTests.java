package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The whole workflow of a gesprek: start, open (freezing the norms), answer, submit once, close. */
@IntegratieTest
class GesprekIntegrationTests {

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
        String locatie = mvc.perform(post("/gesprekken").session(burgemeester).with(csrf()).param("titel", "Voorjaarsgesprek")
                        .param("datum", "2026-11-20").param("samenstelling", "GEMENGD").param("zichtbaarheid", zichtbaarheid))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    private static MockHttpServletRequestBuilder alleAntwoorden(MockHttpServletRequestBuilder verzoek, int waarde) {
        return alleAntwoorden(verzoek, waarde, 0);
    }

    /** Every item answered with {@code waarde}, item 17 with "geen antwoord", item 4 with {@code item4} if not 0. */
    private static MockHttpServletRequestBuilder alleAntwoorden(MockHttpServletRequestBuilder verzoek, int waarde, int item4) {
        verzoek.param("groep", "RAAD");
        for (int item = 1; item <= 19; item++) {
            int gekozen = item == 17 ? 0 : item == 4 && item4 != 0 ? item4 : waarde;
            verzoek.param("waarden[" + item + "]", String.valueOf(gekozen));
        }
        return verzoek.param("voorbeelden[2]", "De begrotingsbehandeling van november.");
    }

    private String gespreksstatus(Long id) {
        return jdbc.sql("SELECT status FROM gesprek WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void onlyTheDriehoekOrBeheerderStartsAGesprek() throws Exception {
        mvc.perform(get("/gesprekken/nieuw").session(raadslid)).andExpect(status().isForbidden());
        mvc.perform(get("/gesprekken/nieuw").session(burgemeester)).andExpect(status().isOk());
        mvc.perform(post("/gesprekken").session(burgemeester).with(csrf()).param("titel", "").param("datum", ""))
                .andExpect(content().string(containsString("Geef het gesprek een titel.")));
    }

    @Test
    void theFullWorkflowFromStartToClose() throws Exception {
        Long id = nieuwGesprek("ANONIEM");
        mvc.perform(get("/gesprekken/" + id + "/invullen").session(raadslid)).andExpect(status().isBadRequest());

        mvc.perform(post("/gesprekken/" + id + "/openen").session(burgemeester).with(csrf()));
        assertThat(gespreksstatus(id)).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT normenset_id FROM gesprek WHERE id = ?").param(id).query(Long.class).single()).isNotNull();

        mvc.perform(post("/gesprekken/" + id + "/invullen").session(raadslid).with(csrf()).param("waarden[1]", "2").param("actie", "concept"))
                .andExpect(flash().attribute("melding", "invullen.concept-bewaard"));
        mvc.perform(post("/gesprekken/" + id + "/invullen").session(raadslid).with(csrf()).param("waarden[1]", "2").param("actie", "indienen"))
                .andExpect(content().string(containsString("Vraag 3 is nog niet beantwoord")))
                .andExpect(content().string(containsString("Geef aan namens welke groep")));
        mvc.perform(alleAntwoorden(post("/gesprekken/" + id + "/invullen"), 3, 7).session(raadslid).with(csrf())
                        .param("actie", "indienen"))
                .andExpect(content().string(containsString("Vraag 4: kies een antwoord van 1 (altijd) tot en met 5 (nooit)")));
        mvc.perform(alleAntwoorden(post("/gesprekken/" + id + "/invullen"), 3).session(raadslid).with(csrf()).param("actie", "indienen"))
                .andExpect(flash().attribute("melding", "invullen.ingediend"));

        List<Integer> opgeslagen = jdbc.sql("SELECT a.waarde FROM antwoord a JOIN deelname d ON d.id = a.deelname_id "
                + "WHERE d.gesprek_id = ? ORDER BY a.item").param(id).query(Integer.class).list();
        assertThat(opgeslagen).hasSize(19).containsOnly(3, null);
        assertThat(jdbc.sql("SELECT a.voorbeeld FROM antwoord a JOIN deelname d ON d.id = a.deelname_id WHERE d.gesprek_id = ? AND a.item = 2")
                .param(id).query(String.class).single()).isEqualTo("De begrotingsbehandeling van november.");

        mvc.perform(alleAntwoorden(post("/gesprekken/" + id + "/invullen"), 1).session(raadslid).with(csrf()).param("actie", "indienen"))
                .andExpect(flash().attribute("foutmelding", "U heeft uw antwoorden al ingediend; een tweede inzending is niet mogelijk."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM antwoord a JOIN deelname d ON d.id = a.deelname_id WHERE d.gesprek_id = ? AND a.waarde = 1")
                .param(id).query(Integer.class).single()).isZero();

        mvc.perform(post("/gesprekken/" + id + "/sluiten").session(burgemeester).with(csrf()));
        assertThat(gespreksstatus(id)).isEqualTo("GESLOTEN");
    }

    @Test
    void aSingleUseLinkWorksWithoutAnAccountOnceAndNotAfterClosing() throws Exception {
        Long id = nieuwGesprek("OPEN");
        mvc.perform(post("/gesprekken/" + id + "/openen").session(burgemeester).with(csrf()));
        String pagina = mvc.perform(post("/gesprekken/" + id + "/uitnodigingen").session(burgemeester).with(csrf()).param("aantal", "2"))
                .andReturn().getResponse().getContentAsString();
        var codes = Pattern.compile("/deelnemen/([A-Za-z0-9_-]{22})").matcher(pagina).results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deelname WHERE code_hash = ?").param(codes.get(0)).query(Integer.class).single())
                .as("only the hash is stored").isZero();

        mvc.perform(get("/deelnemen/" + codes.get(0))).andExpect(status().isOk()).andExpect(content().string(containsString("Uw naam")));
        mvc.perform(alleAntwoorden(post("/deelnemen/" + codes.get(0)), 4).param("naam", "Gast Raadslid").with(csrf()).param("actie", "indienen"))
                .andExpect(flash().attribute("melding", "invullen.ingediend"));
        mvc.perform(alleAntwoorden(post("/deelnemen/" + codes.get(0)), 4).with(csrf()).param("actie", "indienen"))
                .andExpect(flash().attribute("foutmelding", "U heeft uw antwoorden al ingediend; een tweede inzending is niet mogelijk."));

        mvc.perform(post("/gesprekken/" + id + "/sluiten").session(burgemeester).with(csrf()));
        mvc.perform(alleAntwoorden(post("/deelnemen/" + codes.get(1)), 4).with(csrf()).param("actie", "indienen"))
                .andExpect(flash().attribute("foutmelding", "Dit gesprek is gesloten: antwoorden kunnen niet meer worden gegeven of gewijzigd."));
        mvc.perform(get("/deelnemen/onbekende-code")).andExpect(status().isNotFound());
    }

    @Test
    void theInstrumentIsPublicThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/vragenlijsten/goede-gesprek"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(19))
                .andExpect(jsonPath("$.items[0].tekst").value("Er wordt gestemd langs de lijn coalitie-oppositie"))
                .andExpect(jsonPath("$.items[18].polariteit").value("POSITIEF"))
                .andExpect(jsonPath("$.items[1].polariteit").value("NEGATIEF"));
    }

    @Test
    void voorbeeldstadHasTwoClosedGesprekkenAYearApart() {
        List<Integer> ingediend = jdbc.sql("SELECT COUNT(*) FROM deelname d JOIN gesprek g ON g.id = d.gesprek_id "
                + "JOIN gemeente m ON m.id = g.gemeente_id WHERE m.cbs_code = 'GM9999' AND g.status = 'GESLOTEN' "
                + "AND d.ingediend_op IS NOT NULL AND g.titel LIKE 'Het goede gesprek %' GROUP BY g.id").query(Integer.class).list();
        assertThat(ingediend).containsExactly(12, 12);
    }

    @Test
    void theResultsOfTheDemoShowAdviceAgendaLandkaartTrendAndLetTheFacilitatorChooseInstruments() throws Exception {
        Long id = jdbc.sql("SELECT MAX(g.id) FROM gesprek g JOIN gemeente m ON m.id = g.gemeente_id "
                + "WHERE m.cbs_code = 'GM9999' AND g.titel LIKE 'Het goede gesprek %'").query(Long.class).single();
        mvc.perform(get("/gesprekken/" + id + "/resultaten").session(raadslid))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fase ")))
                .andExpect(content().string(containsString("Gespreksagenda")))
                .andExpect(content().string(containsString("De gemeente staat op de landkaart in het kwadrant")))
                .andExpect(content().string(containsString("Vergeleken met Het goede gesprek")))
                .andExpect(content().string(containsString("Driehoeksoverleg activeren")));
        mvc.perform(post("/gesprekken/" + id + "/acties").session(raadslid).with(csrf()).param("instrument", "Heidag organiseren"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gesprekken/" + id + "/acties").session(burgemeester).with(csrf()).param("instrument", "Heidag organiseren"))
                .andExpect(flash().attribute("melding", "actie.gekozen"));
        mvc.perform(post("/gesprekken/" + id + "/acties").session(burgemeester).with(csrf()).param("instrument", "Iets verzonnens"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT status FROM gesprek_actie WHERE gesprek_id = ? AND instrument = 'Heidag organiseren'")
                .param(id).query(String.class).single()).isEqualTo("GEPLAND");
    }

    @Test
    void resultsWaitUntilTheGesprekIsClosed() throws Exception {
        Long id = nieuwGesprek("ANONIEM");
        mvc.perform(get("/gesprekken/" + id + "/resultaten").session(burgemeester))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("De resultaten verschijnen zodra het gesprek is gesloten.")));
    }
}
