package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The beheerder's screens and API: afdelingen (with CSV import), gebruikers, gemeente. */
@IntegratieTest
class BeheerIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    MockHttpSession beheerder;
    String uniek;

    @BeforeEach
    void login() throws Exception {
        jdbc.sql("DELETE FROM inlog_poging").update();
        beheerder = Inloggen.als(mvc, "beheerder");
        uniek = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private int aantalAfdelingen() {
        return jdbc.sql("SELECT COUNT(*) FROM afdeling a JOIN gemeente g ON g.id = a.gemeente_id WHERE g.cbs_code = 'GM9999'")
                .query(Integer.class).single();
    }

    private MockMultipartFile csv(String inhoud) {
        return new MockMultipartFile("bestand", "afdelingen.csv", "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDemoGemeenteHasAnAccountForEveryRoleAndTwentyAfdelingen() {
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT rol) FROM gebruiker_rol").query(Integer.class).single()).isEqualTo(9);
        assertThat(aantalAfdelingen()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aGoodCsvFileAddsAndRenamesAfdelingen() throws Exception {
        int voor = aantalAfdelingen();
        mvc.perform(multipart("/beheer/afdelingen/import").file(csv("code;naam\nN" + uniek + ";Nieuwe afdeling " + uniek
                        + "\nAFD01;Burgerzaken\n")).session(beheerder).with(csrf()))
                .andExpect(redirectedUrl("/beheer/afdelingen"));
        assertThat(aantalAfdelingen()).isEqualTo(voor + 1);
    }

    @Test
    void aCsvFileWithOneBadRowChangesNothingAndNamesRowAndColumn() throws Exception {
        int voor = aantalAfdelingen();
        mvc.perform(multipart("/beheer/afdelingen/import").file(csv("code;naam\nOK" + uniek + ";Goed\nFOUT" + uniek + ";\n"))
                        .session(beheerder).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rij 3, kolom &#39;naam&#39;: de naam ontbreekt.")));
        assertThat(aantalAfdelingen()).isEqualTo(voor);
    }

    @Test
    void theImportApiAnswersProblemJsonWithEveryRejectedRow() throws Exception {
        mvc.perform(post("/api/v1/afdelingen/import").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType("text/csv").content("code;naam\n;Geen code\nA;B;C\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Rij 2, kolom 'code': de code ontbreekt.")))
                .andExpect(jsonPath("$.fouten[1].rij").value(3));
    }

    @Test
    void anEmptyFormShowsFieldErrorsAndAnErrorSummaryInDutch() throws Exception {
        mvc.perform(post("/beheer/afdelingen").session(beheerder).with(csrf()).param("code", "").param("naam", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"foutoverzicht\"")))
                .andExpect(content().string(containsString("href=\"#code\"")))
                .andExpect(content().string(containsString("Vul een code in.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aDuplicateCodeIsAFieldError() throws Exception {
        mvc.perform(post("/beheer/afdelingen").session(beheerder).with(csrf()).param("code", "AFD01").param("naam", "Dubbel"))
                .andExpect(content().string(containsString("De code &#39;AFD01&#39; is al in gebruik")));
    }

    @Test
    void theApiValidatesWithDutchProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/afdelingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"met spatie\",\"naam\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Het verzoek bevat 2 fout(en)")))
                .andExpect(jsonPath("$.fouten[*].veld", hasItem("naam")));
        mvc.perform(post("/api/v1/afdelingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{niet json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Het verzoek is ongeldig")));
        mvc.perform(get("/api/v1/afdelingen/999999").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Afdeling niet gevonden."));
        mvc.perform(get("/api/v1/bestaat-niet").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aBeheerderCreatesAnAccountThatCanLogIn() throws Exception {
        mvc.perform(post("/beheer/gebruikers").session(beheerder).with(csrf())
                        .param("gebruikersnaam", "Nieuw." + uniek).param("naam", "Nieuwe Wethouder").param("email", "")
                        .param("wachtwoord", "een-lang-wachtwoord").param("rollen", "WETHOUDER", "RAADSLID"))
                .andExpect(redirectedUrl("/beheer/gebruikers"));
        MockHttpSession nieuw = Inloggen.als(mvc, "nieuw." + uniek, "een-lang-wachtwoord");
        mvc.perform(get("/beheer/afdelingen").session(nieuw)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(nieuw)).andExpect(content().string(containsString("wethouder")));
    }

    @Test
    void aShortPasswordAndATakenNameAreRefused() throws Exception {
        mvc.perform(post("/beheer/gebruikers").session(beheerder).with(csrf())
                        .param("gebruikersnaam", "griffier").param("naam", "X").param("wachtwoord", "kort"))
                .andExpect(content().string(containsString("Een wachtwoord heeft 12 tot 128 tekens.")));
        mvc.perform(post("/beheer/gebruikers").session(beheerder).with(csrf())
                        .param("gebruikersnaam", "griffier").param("naam", "X").param("wachtwoord", "lang-genoeg-wachtwoord"))
                .andExpect(content().string(containsString("De gebruikersnaam &#39;griffier&#39; is al in gebruik.")));
    }

    @Test
    void aBeheerderCannotLockThemselvesOut() throws Exception {
        Long eigenId = jdbc.sql("SELECT id FROM gebruiker WHERE gebruikersnaam = 'beheerder'").query(Long.class).single();
        mvc.perform(post("/beheer/gebruikers/" + eigenId).session(beheerder).with(csrf())
                        .param("naam", "Bea Beheer").param("rollen", "RAADSLID").param("actief", "true"))
                .andExpect(content().string(containsString("U kunt uw eigen rol beheerder niet intrekken")));
    }

    @Test
    void theGemeenteFormValidatesTheSeatRange() throws Exception {
        mvc.perform(post("/beheer/gemeente").session(beheerder).with(csrf())
                        .param("naam", "Voorbeeldstad").param("cbsCode", "GM9999").param("inwonertal", "47800").param("raadszetels", "60"))
                .andExpect(content().string(containsString("9 tot en met 45 zetels")));
        mvc.perform(post("/beheer/gemeente").session(beheerder).with(csrf())
                        .param("naam", "Voorbeeldstad").param("cbsCode", "GM9999").param("inwonertal", "veel").param("raadszetels", "29"))
                .andExpect(content().string(containsString("Vul een geldig getal in.")));
    }

    @Test
    void thePlatformbeheerderCreatesAGemeenteWithItsFirstBeheerder() throws Exception {
        MockHttpSession platform = Inloggen.als(mvc, "platform");
        String code = "GM" + uniek.substring(0, 4);
        jdbc.sql("DELETE FROM gemeente WHERE cbs_code = ? AND NOT EXISTS (SELECT 1 FROM afdeling WHERE gemeente_id = gemeente.id) "
                + "AND NOT EXISTS (SELECT 1 FROM gebruiker WHERE gemeente_id = gemeente.id)").param(code).update();
        mvc.perform(post("/platform/gemeenten").session(platform).with(csrf())
                        .param("gemeente.naam", "Nieuwstad").param("gemeente.cbsCode", "GM12")
                        .param("gemeente.inwonertal", "20000").param("gemeente.raadszetels", "19")
                        .param("beheerder.gebruikersnaam", "b" + uniek).param("beheerder.naam", "B").param("beheerder.wachtwoord", "lang-genoeg-wachtwoord"))
                .andExpect(content().string(containsString("GM gevolgd door vier cijfers")));
        if (jdbc.sql("SELECT COUNT(*) FROM gemeente WHERE cbs_code = ?").param(code).query(Integer.class).single() == 0) {
            mvc.perform(post("/platform/gemeenten").session(platform).with(csrf())
                            .param("gemeente.naam", "Nieuwstad").param("gemeente.cbsCode", code)
                            .param("gemeente.inwonertal", "20000").param("gemeente.raadszetels", "19")
                            .param("beheerder.gebruikersnaam", "b" + uniek).param("beheerder.naam", "B").param("beheerder.wachtwoord", "lang-genoeg-wachtwoord"))
                    .andExpect(redirectedUrl("/platform/gemeenten"));
            MockHttpSession nieuweBeheerder = Inloggen.als(mvc, "b" + uniek, "lang-genoeg-wachtwoord");
            mvc.perform(get("/beheer/afdelingen").session(nieuweBeheerder)).andExpect(status().isOk());
        }
    }
}
