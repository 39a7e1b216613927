package nl.samenspel;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Logs in through the real form login (Argon2, throttling and all) and returns the session. */
public final class Inloggen {

    public static final String DEMO_WACHTWOORD = "Voorbeeldstad-2026";

    private Inloggen() {
    }

    public static MockHttpSession als(MockMvc mvc, String gebruikersnaam) throws Exception {
        return als(mvc, gebruikersnaam, DEMO_WACHTWOORD);
    }

    public static MockHttpSession als(MockMvc mvc, String gebruikersnaam, String wachtwoord) throws Exception {
        return (MockHttpSession) mvc.perform(post("/inloggen").with(csrf())
                        .param("gebruikersnaam", gebruikersnaam).param("wachtwoord", wachtwoord))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }
}
