package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The raad imports through the API as long-running operations: 202 with a status resource, polled to the outcome. */
@IntegratieTest
class RaadImportApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired GemeenteService gemeenten;
    @Autowired RegisterService register;

    Long gemeente;
    String griffier;

    @BeforeEach
    void nieuweGemeente() {
        jdbc.sql("DELETE FROM inlog_poging").update();
        int nummer = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        griffier = "griffier-api-" + nummer;
        gemeente = gemeenten.maak(new GemeenteGegevens("Pollstad " + nummer, RaadIntegrationTests.vrijeCbsCode(jdbc), 30_000, 25),
                new NieuweGebruiker(griffier, "Griffier Pollstad", null, "wachtwoord-van-de-griffie-1", Set.of(Rol.GRIFFIER))).id();
        register.bewaarPartij(gemeente, null, new RegisterService.PartijGegevens("Stadsbelang", "SB", Partij.Partijsoort.LOKAAL, null));
    }

    private RequestPostProcessor alsGriffier() {
        return httpBasic(griffier, "wachtwoord-van-de-griffie-1");
    }

    @Test
    void anImportIsAcceptedWith202AndItsStatusResourceShowsTheOutcome() throws Exception {
        StringBuilder vragen = new StringBuilder("datum;titel;indieners;kenmerk\n");
        for (int i = 0; i < 2_000; i++) {
            vragen.append("2023-05-01;Vraag ").append(i).append(";SB;V-").append(i).append('\n');
        }
        String locatie = mvc.perform(post("/api/v1/raad/import/vragen").with(alsGriffier()).contentType("text/csv").content(vragen.toString()))
                .andExpect(status().isAccepted()).andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.formaat").value("VRAGEN_CSV")).andExpect(jsonPath("$.totaal").value(2_000))
                .andReturn().getResponse().getHeader("Location");
        assertThat(locatie).matches("http://localhost/api/v1/raad/importen/\\d+");
        String status = "BEZIG";
        for (int i = 0; i < 600 && status.equals("BEZIG"); i++) {
            Thread.sleep(50);
            status = jdbc.sql("SELECT status FROM raad_import WHERE id = ?").param(Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1)))
                    .query(String.class).single();
        }
        mvc.perform(get(locatie).with(alsGriffier())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GELUKT")).andExpect(jsonPath("$.rijen").value(2_000))
                .andExpect(jsonPath("$.toegevoegd").value(2_000)).andExpect(jsonPath("$.overgeslagen").value(0))
                .andExpect(jsonPath("$.fouten").isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM raadsinstrument WHERE gemeente_id = ?").param(gemeente).query(Integer.class).single())
                .isEqualTo(2_000);
        mvc.perform(get(locatie).with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))) // the beheerder of another gemeente
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aPromptImportIsAnsweredWithItsOutcomeWhenTheClientPrefersToWait() throws Exception {
        mvc.perform(post("/api/v1/raad/import/vragen").with(alsGriffier()).header("Prefer", "respond-async, wait=20").contentType("text/csv")
                        .content("datum;indieners\n2023-05-01;SB\n2023-05-02;Partij Y\n"))
                .andExpect(status().isOk()).andExpect(header().string("Preference-Applied", "wait=20"))
                .andExpect(header().string("Content-Location", org.hamcrest.Matchers.matchesPattern("http://localhost/api/v1/raad/importen/\\d+")))
                .andExpect(jsonPath("$.status").value("AFGEKEURD"))
                .andExpect(jsonPath("$.fouten[0].rij").value(3)).andExpect(jsonPath("$.fouten[0].kolom").value("indieners"))
                .andExpect(jsonPath("$.fouten[0].tekst").value(org.hamcrest.Matchers.startsWith("Rij 3, kolom 'indieners': de partij 'Partij Y'")));
    }

    @Test
    void onlyBeheerderAndGriffierImportAndTheStatusIsProblemJsonForOthers() throws Exception {
        mvc.perform(post("/api/v1/raad/import/vragen").with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD)).contentType("text/csv")
                .content("datum;indieners\n2023-05-01;SB\n")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/raad/importen/999999999").with(alsGriffier())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/raad/import/vragen").with(alsGriffier()).contentType("application/json").content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
