package nl.samenspel.goedegesprek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workflow of a gesprek through /api/v1/gesprekken, with the same rules as the pages. */
@IntegratieTest
class GesprekApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void wisInlogpogingen() {
        jdbc.sql("DELETE FROM inlog_poging").update();
    }

    private static MockHttpServletRequestBuilder als(String wie, MockHttpServletRequestBuilder verzoek) {
        return verzoek.with(httpBasic(wie, Inloggen.DEMO_WACHTWOORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private static String antwoorden(int waarde, boolean indienen) {
        StringBuilder json = new StringBuilder("{\"groep\":\"RAAD\",\"indienen\":" + indienen + ",\"antwoorden\":{");
        for (int item = 1; item <= 19; item++) {
            json.append(item == 1 ? "" : ",").append('"').append(item).append("\":").append(waarde);
        }
        return json.append("},\"voorbeelden\":{\"2\":\"De begroting.\"}}").toString();
    }

    @Test
    void aGesprekRunsFromStartToResultsOverTheApi() throws Exception {
        String locatie = mvc.perform(als("griffier", post("/api/v1/gesprekken"))
                        .content("{\"titel\":\"API-gesprek\",\"datum\":\"2026-11-22\",\"samenstelling\":\"MET_RAAD\",\"zichtbaarheid\":\"OPEN\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VOORBEREIDING"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(locatie).matches("/api/v1/gesprekken/\\d+");
        mvc.perform(als("raadslid", put(locatie + "/antwoorden")).content(antwoorden(3, true)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("nog niet geopend")));
        mvc.perform(als("raadslid", post(locatie + "/openen"))).andExpect(status().isForbidden());
        mvc.perform(als("griffier", post(locatie + "/openen"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.normensetId").isNumber());
        mvc.perform(als("griffier", get(locatie + "/normen"))).andExpect(jsonPath("$.items", hasSize(19)));

        mvc.perform(als("raadslid", put(locatie + "/antwoorden")).content(antwoorden(7, true)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.fouten[0].veld").value("waarden[1]"));
        for (String wie : new String[] {"raadslid", "wethouder", "burgemeester"}) {
            mvc.perform(als(wie, put(locatie + "/antwoorden")).content(antwoorden(2, true)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.ingediend").value(true));
        }
        mvc.perform(als("raadslid", put(locatie + "/antwoorden")).content(antwoorden(4, true)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("al ingediend")));
        mvc.perform(als("griffier", get(locatie + "/resultaten"))).andExpect(status().isBadRequest());

        mvc.perform(als("griffier", post(locatie + "/sluiten"))).andExpect(jsonPath("$.status").value("GESLOTEN"));
        mvc.perform(als("raadslid", get(locatie + "/resultaten"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.aantalDeelnemers").value(3))
                .andExpect(jsonPath("$.perDeelnemer", hasSize(3)))
                .andExpect(jsonPath("$.items[0].verdeling.aantallen[2]").value(3))
                .andExpect(jsonPath("$.faseadvies.fase").isNumber());
        mvc.perform(als("raadslid", put(locatie + "/antwoorden")).content(antwoorden(4, false)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("gesloten")));
    }

    @Test
    void anonymousResultsOverTheApiCarryNoPerPersonFigures() throws Exception {
        Long demo = jdbc.sql("SELECT MAX(g.id) FROM gesprek g JOIN gemeente m ON m.id = g.gemeente_id WHERE m.naam = 'Voorbeeldstad' AND g.titel LIKE 'Het goede gesprek%'")
                .query(Long.class).single();
        mvc.perform(als("wethouder", get("/api/v1/gesprekken/" + demo + "/resultaten"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.perDeelnemer", hasSize(0)))
                .andExpect(jsonPath("$.aantalDeelnemers").value(12));
        mvc.perform(als("wethouder", get("/api/v1/gesprekken"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + demo + ")].aantalIngediend").value(12));
    }
}
