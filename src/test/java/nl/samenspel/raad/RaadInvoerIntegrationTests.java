package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import nl.samenspel.gemeente.GemeenteGegevens;
import nl.samenspel.gemeente.GemeenteService;
import nl.samenspel.gemeente.NieuweGebruiker;
import nl.samenspel.gemeente.Rol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Entering one motie, amendement or schriftelijke vraag by hand: errors per field, saving, and who may. */
@IntegratieTest
class RaadInvoerIntegrationTests {

    static final String WACHTWOORD = "wachtwoord-van-de-griffie-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired GemeenteService gemeenten;
    @Autowired RegisterService register;

    Long gemeente;
    Long volt;
    Long cda;
    MockHttpSession griffie;

    @BeforeEach
    void nieuweGemeente() throws Exception {
        String griffier = "griffier-invoer-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        gemeente = gemeenteMetGriffier(gemeenten, jdbc, "Invoerstad", griffier);
        volt = register.bewaarPartij(gemeente, null, new RegisterService.PartijGegevens("Volt", null, Partij.Partijsoort.LANDELIJK, null)).id();
        cda = register.bewaarPartij(gemeente, null, new RegisterService.PartijGegevens("CDA", null, Partij.Partijsoort.LANDELIJK, null)).id();
        griffie = Inloggen.als(mvc, griffier, WACHTWOORD);
    }

    /** A fresh gemeente of 30,000 inhabitants whose only account is a griffier with {@link #WACHTWOORD}; login throttling cleared. */
    static Long gemeenteMetGriffier(GemeenteService gemeenten, JdbcClient jdbc, String stad, String griffier) {
        jdbc.sql("DELETE FROM inlog_poging").update();
        return gemeenten.maak(new GemeenteGegevens(stad + " " + griffier, RaadIntegrationTests.vrijeCbsCode(jdbc), 30_000, 25),
                new NieuweGebruiker(griffier, "Griffier " + stad, null, WACHTWOORD, Set.of(Rol.GRIFFIER))).id();
    }

    @Test
    void anEmptyMotieFormShowsEveryProblemNextToItsFieldAndInTheSummary() throws Exception {
        mvc.perform(post("/raad/moties/nieuw").session(griffie).with(csrf()).param("datum", "31-02-2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"foutoverzicht\"")))
                .andExpect(content().string(containsString("href=\"#datum\"")))
                .andExpect(content().string(containsString("&#39;31-02-2023&#39; is geen geldige datum")))
                .andExpect(content().string(containsString("id=\"titel-fout\"")))
                .andExpect(content().string(containsString("Kies de soort")))
                .andExpect(content().string(containsString("Kies de uitkomst")))
                .andExpect(content().string(containsString("Kies minstens één indienende partij.")))
                .andExpect(content().string(containsString("aria-describedby=\"datum-fout\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(aantal()).isZero();
    }

    @Test
    void aGoodMotieAndAGoodVraagAreSavedWithTheirIndieners() throws Exception {
        mvc.perform(post("/raad/moties/nieuw").session(griffie).with(csrf()).param("datum", "2023-01-31")
                        .param("titel", "Motie betaalbare huur").param("soort", "AMENDEMENT").param("uitkomst", "AANGENOMEN")
                        .param("indieners", volt.toString(), cda.toString()))
                .andExpect(redirectedUrl("/raad/import"));
        mvc.perform(post("/raad/vragen/nieuw").session(griffie).with(csrf()).param("datum", "2023-03-02").param("indieners", cda.toString()))
                .andExpect(redirectedUrl("/raad/import"));
        assertThat(jdbc.sql("SELECT soort || ' ' || COALESCE(uitkomst, '-') || ' ' || bron FROM raadsinstrument WHERE gemeente_id = ? ORDER BY datum")
                .param(gemeente).query(String.class).list())
                .containsExactly("AMENDEMENT AANGENOMEN HANDMATIG", "SCHRIFTELIJKE_VRAAG - HANDMATIG");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM raadsinstrument_indiener n JOIN raadsinstrument i ON i.id = n.instrument_id "
                + "WHERE i.gemeente_id = ?").param(gemeente).query(Integer.class).single()).isEqualTo(3);
        mvc.perform(get("/raad/import").session(griffie)).andExpect(content().string(containsString("Motie betaalbare huur")));
    }

    @Test
    void aVraagAsksNoTitleOrOutcomeAndRefusesAnotherGemeentesPartij() throws Exception {
        Long vreemd = jdbc.sql("SELECT MIN(id) FROM partij WHERE gemeente_id <> ?").param(gemeente).query(Long.class).single();
        mvc.perform(get("/raad/vragen/nieuw").session(griffie)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"uitkomst\""))));
        mvc.perform(post("/raad/vragen/nieuw").session(griffie).with(csrf()).param("datum", "2099-01-01").param("indieners", vreemd.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De datum ligt in de toekomst")))
                .andExpect(content().string(containsString("Kies alleen partijen uit het partijenregister")));
        assertThat(aantal()).isZero();
    }

    @Test
    void aRaadslidMayNotEnterInstruments() throws Exception {
        MockHttpSession raadslid = Inloggen.als(mvc, "raadslid");
        mvc.perform(get("/raad/moties/nieuw").session(raadslid)).andExpect(status().isForbidden());
        mvc.perform(post("/raad/vragen/nieuw").session(raadslid).with(csrf()).param("datum", "2023-03-02"))
                .andExpect(status().isForbidden());
    }

    private int aantal() {
        return jdbc.sql("SELECT COUNT(*) FROM raadsinstrument WHERE gemeente_id = ?").param(gemeente).query(Integer.class).single();
    }
}
