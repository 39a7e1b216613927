package nl.samenspel;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegratieTest
class ApiDocumentIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void theOpenApiDocumentListsTheDutchResources() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/afdelingen']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/afdelingen/import']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/gemeenten/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/gebruikers']").exists());
    }

    @Test
    void theBrowsableApiUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void healthIsUpWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
    }
}
