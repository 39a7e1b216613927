package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison across gemeenten end to end: opt-in both ways, totals fixed at closing, quartiles from SQL totals, no gemeente named. */
@IntegratieTest
class VergelijkingIntegrationTests {

    private static final List<String> CODES = InstrumentLezer.standaard().codes();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ResponsOpslag opslag;
    @Autowired Totalen totalen;

    /** A gemeente (named to be recognisable if it ever leaked) with one closed meting whose WB1 is favourable for {@code gunstig} of 20. */
    private Long gemeenteMetMeting(String cbs, String naam, int gunstig, boolean deelnemen) {
        Long id = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = ?").param(cbs).query(Long.class).optional().orElse(null);
        if (id == null) {
            jdbc.sql("INSERT INTO gemeente (naam, cbs_code, inwonertal, raadszetels) VALUES (?, ?, 50000, 29)").params(naam, cbs).update();
            id = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = ?").param(cbs).query(Long.class).single();
            jdbc.sql("INSERT INTO afdeling (gemeente_id, code, naam) VALUES (?, 'ALG', 'Algemeen')").param(id).update();
            Long afdeling = jdbc.sql("SELECT id FROM afdeling WHERE gemeente_id = ?").param(id).query(Long.class).single();
            jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                    + "VALUES (?, 'MTO', DATE '2025-01-01', DATE '2025-02-01', 'GESLOTEN', 1)").param(id).update();
            Long meting = jdbc.sql("SELECT id FROM meting WHERE gemeente_id = ?").param(id).query(Long.class).single();
            List<ResponsOpslag.NieuweRespons> responsen = new ArrayList<>();
            for (int r = 0; r < 20; r++) {
                Map<String, Integer> antwoorden = new LinkedHashMap<>();
                int waarde = r < gunstig ? 1 : 3;
                CODES.forEach(c -> antwoorden.put(c, waarde));
                responsen.add(new ResponsOpslag.NieuweRespons(meting, afdeling, LocalDate.of(2025, 1, 15), antwoorden, null));
            }
            opslag.bewaar(responsen);
        }
        totalen.zetDeelname(id, deelnemen, LocalDate.of(2025, 3, 1));
        return id;
    }

    @Test
    void aGemeenteThatTakesPartSeesQuartilesOfOthersWithoutNames() throws Exception {
        // Ten other gemeenten take part (WB1 favourable for 2, 4, ..., 20 of 20); one more does not.
        for (int g = 1; g <= 10; g++) {
            gemeenteMetMeting("GM88" + (10 + g), "Vergelijkdorp " + g, 2 * g, true);
        }
        gemeenteMetMeting("GM8899", "Nietdelerstad", 0, false);
        MockHttpSession beheerder = Inloggen.als(mvc, "beheerder");

        mvc.perform(post("/enquete/vergelijking/deelname").session(beheerder).with(csrf()).param("deelnemen", "false"));
        mvc.perform(get("/enquete/vergelijking").session(beheerder))
                .andExpect(content().string(containsString("Uw gemeente doet nog niet mee")))
                .andExpect(content().string(not(containsString("25e percentiel"))));
        mvc.perform(get("/api/v1/enquete/vergelijking").with(httpBasic("burgemeester", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(jsonPath("$.neemtDeel").value(false))
                .andExpect(jsonPath("$.uitkomst").doesNotExist());

        mvc.perform(post("/enquete/vergelijking/deelname").session(beheerder).with(csrf()).param("deelnemen", "true"));

        mvc.perform(get("/enquete/vergelijking").session(beheerder))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vergeleken met ")))
                .andExpect(content().string(containsString("25e percentiel")))
                .andExpect(content().string(not(containsString("Vergelijkdorp"))))
                .andExpect(content().string(not(containsString("Nietdelerstad"))));
        // Voorbeeldstad's latest demo meting ended without totals: they are fixed on first use.
        Long voorbeeldstad = jdbc.sql("SELECT id FROM gemeente WHERE cbs_code = 'GM9999'").query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meting_samenvatting s JOIN meting m ON m.id = s.meting_id WHERE m.gemeente_id = ?")
                .param(voorbeeldstad).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        // Other test classes may close small, later metingen in Voorbeeldstad: its latest meting that counts is used.
        mvc.perform(get("/api/v1/enquete/vergelijking").with(httpBasic("burgemeester", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(jsonPath("$.neemtDeel").value(true))
                .andExpect(jsonPath("$.uitkomst.meegeteld").value(org.hamcrest.Matchers.greaterThanOrEqualTo(11))) // more on a reused database
                .andExpect(jsonPath("$.uitkomst.vragen.length()").value(25))
                .andExpect(jsonPath("$.uitkomst.indicatoren.length()").value(5))
                .andExpect(jsonPath("$.eigenMeting.responsen").value(org.hamcrest.Matchers.greaterThan(1000)))
                .andExpect(content().string(not(containsString("Vergelijkdorp"))));
    }

    @Test
    void onlyTheBeheerderDecidesAndOnlyReadersOfReportsSeeIt() throws Exception {
        mvc.perform(post("/enquete/vergelijking/deelname").session(Inloggen.als(mvc, "medewerker")).with(csrf()).param("deelnemen", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/enquete/vergelijking").with(httpBasic("raadslid", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void closingAMetingFixesItsTotalsOnce() throws Exception {
        Long wonen = jdbc.sql("SELECT a.id FROM afdeling a JOIN gemeente g ON g.id = a.gemeente_id WHERE g.cbs_code = 'GM9999' AND a.naam = 'Wonen'")
                .query(Long.class).single();
        String aangemaakt = mvc.perform(post("/api/v1/metingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"titel\":\"Totalen bij sluiten\",\"startdatum\":\"2020-01-01\",\"einddatum\":\"2020-06-01\",\"afdelingen\":{\"" + wonen + "\":30}}"))
                .andReturn().getResponse().getContentAsString();
        Long meting = Long.valueOf(aangemaakt.replaceAll(".*\"id\":(\\d+).*", "$1"));
        Map<String, Integer> antwoorden = new LinkedHashMap<>();
        CODES.forEach(c -> antwoorden.put(c, 2));
        opslag.bewaar(List.of(new ResponsOpslag.NieuweRespons(meting, wonen, LocalDate.of(2025, 1, 1), antwoorden, null),
                new ResponsOpslag.NieuweRespons(meting, wonen, LocalDate.of(2025, 1, 1), antwoorden, null)));

        mvc.perform(post("/api/v1/metingen/" + meting + "/sluiten").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isOk());
        totalen.legVast(meting);

        assertThat(jdbc.sql("SELECT responsen FROM meting_samenvatting WHERE meting_id = ?").param(meting).query(Integer.class).single()).isEqualTo(2);
        assertThat(totalen.tellingen(List.of(meting)).get(meting).get("WB1")).containsExactly(0, 2, 0, 0, 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meting_totaal WHERE meting_id = ?").param(meting).query(Integer.class).single())
                .isEqualTo(CODES.size());
    }
}
