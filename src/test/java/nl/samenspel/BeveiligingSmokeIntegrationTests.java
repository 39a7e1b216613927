package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Walks every endpoint and proves it is protected as intended. */
@IntegratieTest
class BeveiligingSmokeIntegrationTests {

    /** Reachable without login. Everything else needs one. */
    private static final Set<String> OPENBAAR = Set.of("GET /inloggen", "POST /taal", "GET /api/v1/vragenlijsten/goede-gesprek",
            "GET /deelnemen/{code}", "POST /deelnemen/{code}",
            "GET /enquete/invullen", "GET /enquete/invullen/{code}", "POST /enquete/invullen/{code}", "GET /enquete/bedankt",
            "POST /api/v1/responsen", "GET /api/v1/vragenlijsten/enquete");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    Eindpunten eindpunten;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void leesEindpuntenEnWisInlogpogingen() {
        eindpunten = Eindpunten.van(mapping);
        jdbc.sql("DELETE FROM inlog_poging").update();
    }

    @Test
    void theWalkSeesThePagesAndTheApi() {
        assertThat(eindpunten.alle()).extracting(Eindpunten.Eindpunt::toString)
                .contains("GET /", "GET /beheer/afdelingen", "POST /beheer/afdelingen/import", "GET /api/v1/afdelingen",
                        "POST /api/v1/gemeenten", "GET /platform/gemeenten");
    }

    @Test
    void everyNonPublicPageRedirectsToLoginAndEveryApiCallAnswers401ProblemJson() throws Exception {
        List<String> lek = new ArrayList<>();
        for (var eindpunt : eindpunten.alle()) {
            if (OPENBAAR.contains(eindpunt.toString())) {
                continue;
            }
            var verzoek = request(eindpunt.methode(), eindpunt.metId(1));
            MvcResult resultaat = mvc.perform(eindpunt.wijzigt() ? verzoek.with(csrf()) : verzoek).andReturn();
            int code = resultaat.getResponse().getStatus();
            boolean goed = eindpunt.isApi()
                    ? code == 401 && resultaat.getResponse().getContentType().startsWith("application/problem+json")
                    : code == 302 && resultaat.getResponse().getRedirectedUrl().endsWith("/inloggen");
            if (!goed) {
                lek.add(eindpunt + " -> " + code);
            }
        }
        assertThat(lek).as("endpoints reachable without login").isEmpty();
    }

    @Test
    void everyStateChangingPageRequestWithoutCsrfTokenIsRefused() throws Exception {
        MockHttpSession sessie = Inloggen.als(mvc, "beheerder");
        List<String> zonderCsrf = new ArrayList<>();
        for (var eindpunt : eindpunten.alle()) {
            if (eindpunt.wijzigt() && !eindpunt.isApi()) {
                int code = mvc.perform(request(eindpunt.methode(), eindpunt.metId(1)).session(sessie)).andReturn().getResponse().getStatus();
                if (code != 403) {
                    zonderCsrf.add(eindpunt + " -> " + code);
                }
            }
        }
        assertThat(zonderCsrf).isEmpty();
    }

    @Test
    void rolesGateTheAdministrationPagesAndApi() throws Exception {
        MockHttpSession medewerker = Inloggen.als(mvc, "medewerker");
        MockHttpSession beheerder = Inloggen.als(mvc, "beheerder");
        for (var eindpunt : eindpunten.alle()) {
            if (eindpunt.pad().startsWith("/beheer/") && !eindpunt.wijzigt()) {
                mvc.perform(get(eindpunt.metId(1)).session(medewerker)).andExpect(status().isForbidden());
            }
            if (eindpunt.pad().startsWith("/platform/") && !eindpunt.wijzigt()) {
                mvc.perform(get(eindpunt.metId(1)).session(beheerder)).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/api/v1/gebruikers").with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"));
        mvc.perform(post("/api/v1/afdelingen").with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X\",\"naam\":\"X\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/gemeenten").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiIgnoresSessionCookiesSoCsrfCannotRideOnThem() throws Exception {
        MockHttpSession sessie = Inloggen.als(mvc, "beheerder");
        mvc.perform(get("/api/v1/afdelingen").session(sessie)).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String pad : List.of("/inloggen", "/api/v1/afdelingen", "/vendor/utrecht/index.css")) {
            mvc.perform(get(pad))
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("default-src 'self'"),
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        mvc.perform(get("/inloggen").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
        mvc.perform(get("/inloggen")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    /** Submissions have their own minimal chain (BeveiligingConfig.inzendingen): it must open that one door only. */
    @Test
    void theSubmissionChainOpensOnlyTheSubmissionAndKeepsTheHeaders() throws Exception {
        mvc.perform(post("/api/v1/responsen").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"ONBEKEND\"}"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        MockHttpSession sessie = Inloggen.als(mvc, "beheerder");
        // A trailing slash falls through to the API chain, which ignores the session.
        mvc.perform(post("/api/v1/responsen/").session(sessie).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/responsen").session(sessie)).andExpect(status().isUnauthorized());
    }

    @Test
    void loginRotatesTheSessionAndLogoutEndsItOnTheServer() throws Exception {
        MockHttpSession voor = (MockHttpSession) mvc.perform(get("/inloggen")).andReturn().getRequest().getSession();
        String idVoor = voor.getId();
        MockHttpSession na = (MockHttpSession) mvc.perform(post("/inloggen").session(voor).with(csrf())
                        .param("gebruikersnaam", "griffier").param("wachtwoord", Inloggen.DEMO_WACHTWOORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        assertThat(na.getId()).isNotEqualTo(idVoor);
        mvc.perform(post("/uitloggen").session(na).with(csrf())).andExpect(redirectedUrl("/inloggen?uitgelogd"));
        assertThat(na.isInvalid()).isTrue();
    }

    @Test
    void aGetToTheLogoutAddressChangesNothing() throws Exception {
        MockHttpSession sessie = Inloggen.als(mvc, "griffier");
        mvc.perform(get("/uitloggen").session(sessie));
        mvc.perform(get("/").session(sessie)).andExpect(status().isOk());
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", "commissie").param("wachtwoord", "fout-" + i))
                    .andExpect(redirectedUrl("/inloggen?fout"));
        }
        mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", "commissie").param("wachtwoord", Inloggen.DEMO_WACHTWOORD))
                .andExpect(redirectedUrl("/inloggen?geblokkeerd"));
        mvc.perform(get("/api/v1/afdelingen").with(httpBasic("commissie", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", "bestaat-niet").param("wachtwoord", "x"))
                .andExpect(redirectedUrl("/inloggen?fout"));
        mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", "wethouder").param("wachtwoord", "x"))
                .andExpect(redirectedUrl("/inloggen?fout"));
    }
}
