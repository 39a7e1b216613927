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
    void theImportsAreDocumentedAsLongRunningOperationsWithAStatusResource() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/metingen/{id}/import'].post.responses['202'].headers.Location").exists())
                .andExpect(jsonPath("$.paths['/api/v1/metingen/{id}/import'].post.responses['200'].headers['Content-Location']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/metingen/{id}/import'].post.requestBody.content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/raad/import/moties'].post.responses['202'].content['*/*'].schema['$ref']")
                        .value("#/components/schemas/RaadImportstatus"))
                .andExpect(jsonPath("$.paths['/api/v1/raad/import/openbesluitvorming'].post.responses['202'].headers['Retry-After']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enquete/importen/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/raad/importen/{id}'].get").exists())
                .andExpect(jsonPath("$.components.schemas.MetingImportstatus.properties.fouten").exists())
                .andExpect(jsonPath("$.components.schemas.Importmelding.properties.kolom").exists());
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
