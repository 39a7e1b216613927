package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import nl.samenspel.gemeente.Rol;
import nl.samenspel.gemeente.Sessiegebruiker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import in the background, from the browser and the API: progress, the outcome, all or nothing, recovery after a
 * restart, the API's 202 and status resource, and who may see it.
 */
@IntegratieTest
class MetingImportIntegrationTests {

    private static final List<String> CODES = InstrumentLezer.standaard().codes();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ImportService importService;
    @Autowired MetingImporten importen;
    MockHttpSession beheerder;

    @BeforeEach
    void login() throws Exception {
        jdbc.sql("DELETE FROM inlog_poging").update();
        beheerder = Inloggen.als(mvc, "beheerder");
    }

    private Long nieuweMeting(String titel) throws Exception {
        var verzoek = post("/enquete").session(beheerder).with(csrf()).param("titel", titel)
                .param("startdatum", "2020-01-01").param("einddatum", "2099-12-31");
        for (String naam : List.of("Burgerzaken", "Wonen")) {
            Long id = jdbc.sql("SELECT a.id FROM afdeling a JOIN gemeente g ON g.id = a.gemeente_id WHERE g.cbs_code = 'GM9999' AND a.naam = ?")
                    .param(naam).query(Long.class).single();
            verzoek.param("afdelingen", id.toString()).param("medewerkers[" + id + "]", "20");
        }
        String locatie = mvc.perform(verzoek).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    /** {@code rijen} good rows, alternating Burgerzaken and Wonen, with answers 1..5 as digits and words. */
    private static StringBuilder csv(int rijen) {
        StringBuilder csv = new StringBuilder("afdeling;" + String.join(";", CODES) + ";opmerking\n");
        for (int i = 0; i < rijen; i++) {
            csv.append(i % 2 == 0 ? "Burgerzaken" : "wonen");
            for (int v = 0; v < CODES.size(); v++) {
                csv.append(';').append(v == 0 ? "vaak" : String.valueOf(1 + (i + v) % 5));
            }
            csv.append(';').append(i % 100 == 0 ? "Opmerking " + i : "").append('\n');
        }
        return csv;
    }

    private Long upload(Long meting, String naam, CharSequence inhoud) throws Exception {
        var bestand = new MockMultipartFile("bestand", naam, "text/csv", inhoud.toString().getBytes(StandardCharsets.UTF_8));
        String locatie = mvc.perform(multipart("/enquete/metingen/" + meting + "/import").file(bestand).session(beheerder).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(locatie).matches("/enquete/importen/\\d+");
        return Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    private String wachtOp(Long importId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String status = jdbc.sql("SELECT status FROM enquete_import WHERE id = ?").param(importId).query(String.class).single();
            if (!"BEZIG".equals(status)) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + importId + " is na 30 seconden nog bezig");
    }

    private int responsen(Long meting) {
        return jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(meting).query(Integer.class).single();
    }

    @Test
    void aBackgroundImportRecordsItsProgressAndImportsEveryRowInBlocks() throws Exception {
        Long meting = nieuweMeting("Import op de achtergrond");
        Long id = upload(meting, "mto-2024.csv", csv(6_001));
        assertThat(wachtOp(id)).isEqualTo("GELUKT");
        var rij = jdbc.sql("SELECT rijen, totaal, geimporteerd, klaar_op FROM enquete_import WHERE id = ?").param(id).query().singleRow();
        assertThat(rij.get("rijen")).isEqualTo(6_001);
        assertThat(rij.get("totaal")).as("from the line count before the import").isEqualTo(6_001);
        assertThat(rij.get("geimporteerd")).isEqualTo(6_001);
        assertThat(rij.get("klaar_op")).isNotNull();
        assertThat(responsen(meting)).isEqualTo(6_001);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons_antwoord WHERE meting_id = ?").param(meting).query(Integer.class).single())
                .isEqualTo(6_001 * CODES.size());

        mvc.perform(get("/enquete/importen/" + id).session(beheerder)).andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"status\"")))
                .andExpect(content().string(containsString("6.001 responsen geïmporteerd")))
                .andExpect(content().string(containsString("mto-2024.csv")));
        mvc.perform(get("/enquete/importen/" + id).session(beheerder).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("6.001 responsen geïmporteerd")))
                .andExpect(content().string(not(containsString("every 1s"))));
        mvc.perform(get("/enquete/metingen/" + meting).session(beheerder))
                .andExpect(content().string(containsString("mto-2024.csv")))
                .andExpect(content().string(containsString("/enquete/importen/" + id)));
    }

    @Test
    void progressIsReportedWhileReadingAndTheRunningPagePollsEverySecond() throws Exception {
        Long meting = nieuweMeting("Voortgang");
        Long gemeente = jdbc.sql("SELECT gemeente_id FROM meting WHERE id = ?").param(meting).query(Long.class).single();
        var door = new Sessiegebruiker(1L, gemeente, "beheerder", "Beheerder", Set.of(Rol.BEHEERDER), false);
        List<Integer> gemeld = new ArrayList<>();
        assertThat(importService.importeer(door, meting, new StringReader(csv(2_500).toString()), gemeld::add)).isEqualTo(2_500);
        assertThat(gemeld).containsExactly(1_000, 2_000, 2_500);

        jdbc.sql("INSERT INTO enquete_import (gemeente_id, meting_id, bestandsnaam, status, rijen, totaal, gestart_op, bijgewerkt_op) "
                + "VALUES (?, ?, 'groot.csv', 'BEZIG', 12000, 200000, ?, ?)").params(gemeente, meting, nu(0), nu(0)).update();
        Long bezig = jdbc.sql("SELECT MAX(id) FROM enquete_import WHERE meting_id = ?").param(meting).query(Long.class).single();
        mvc.perform(get("/enquete/importen/" + bezig).session(beheerder)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("<progress id=\"importvoortgang\" max=\"200000\" value=\"12000\"")))
                .andExpect(content().string(containsString("12.000 van ongeveer 200.000 rijen gelezen")));
        jdbc.sql("UPDATE enquete_import SET status = 'MISLUKT' WHERE id = ?").param(bezig).update();
    }

    @Test
    void aRejectedFileChangesNothingAndNamesRowAndColumnOfEveryProblem() throws Exception {
        Long meting = nieuweMeting("Afgekeurde import");
        StringBuilder csv = csv(5_500);
        String goed = csv(1).toString().split("\n")[1];
        csv.append(goed.replaceFirst(";vaak;", ";7;")).append('\n');
        csv.append(goed.replaceFirst("^Burgerzaken", "Onbekend")).append('\n');
        csv.append("Wonen;1;2\n");
        Long id = upload(meting, "fout.csv", csv);
        assertThat(wachtOp(id)).isEqualTo("AFGEKEURD");
        assertThat(responsen(meting)).as("the first block of 5,000 was written, then rolled back").isZero();
        String fouten = jdbc.sql("SELECT fouten FROM enquete_import WHERE id = ?").param(id).query(String.class).single();
        assertThat(fouten.split("\n")).containsExactly(
                "Rij 5502, kolom 'L1': '7' ligt niet op de schaal: gebruik 1 tot en met 5 of altijd, vaak, soms, zelden, nooit.",
                "Rij 5503, kolom 'afdeling': afdeling 'Onbekend' doet niet mee aan deze meting (gebruik de code of de naam).",
                "Rij 5504: verwacht 27 kolommen, gevonden 3.");
        assertThat(jdbc.sql("SELECT rijen FROM enquete_import WHERE id = ?").param(id).query(Integer.class).single()).isEqualTo(5_503);
        mvc.perform(get("/enquete/importen/" + id).session(beheerder))
                .andExpect(content().string(containsString("Import afgekeurd: er is niets opgeslagen")))
                .andExpect(content().string(containsString("Rij 5503, kolom &#39;afdeling&#39;")));
        mvc.perform(get("/enquete/importen/" + id).session(beheerder).header("HX-Request", "true"))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("Rij 5504: verwacht 27 kolommen")));
    }

    @Test
    void aClosedMetingRefusesTheUploadAtOnce() throws Exception {
        Long meting = nieuweMeting("Gesloten");
        mvc.perform(post("/enquete/metingen/" + meting + "/sluiten").session(beheerder).with(csrf()));
        var bestand = new MockMultipartFile("bestand", "mto.csv", "text/csv", csv(2).toString().getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/enquete/metingen/" + meting + "/import").file(bestand).session(beheerder).with(csrf()))
                .andExpect(flash().attribute("foutmelding", containsString("Deze meting is gesloten")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enquete_import WHERE meting_id = ?").param(meting).query(Integer.class).single()).isZero();
    }

    @Test
    void anImportInterruptedByARestartIsMarkedFailedWithNothingChanged() throws Exception {
        Long meting = nieuweMeting("Onderbroken");
        Long gemeente = jdbc.sql("SELECT gemeente_id FROM meting WHERE id = ?").param(meting).query(Long.class).single();
        String invoegen = "INSERT INTO enquete_import (gemeente_id, meting_id, bestandsnaam, status, rijen, gestart_op, bijgewerkt_op) "
                + "VALUES (?, ?, ?, 'BEZIG', 3000, ?, ?)";
        jdbc.sql(invoegen).params(gemeente, meting, "oud.csv", nu(-600), nu(-300)).update();
        jdbc.sql(invoegen).params(gemeente, meting, "loopt.csv", nu(-10), nu(-1)).update();

        assertThat(importen.herstel()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM enquete_import WHERE meting_id = ? AND bestandsnaam = 'oud.csv'").param(meting)
                .query(String.class).single()).isEqualTo("MISLUKT");
        assertThat(jdbc.sql("SELECT status FROM enquete_import WHERE meting_id = ? AND bestandsnaam = 'loopt.csv'").param(meting)
                .query(String.class).single()).as("a running import on another instance keeps going").isEqualTo("BEZIG");
        Long oud = jdbc.sql("SELECT id FROM enquete_import WHERE meting_id = ? AND bestandsnaam = 'oud.csv'").param(meting)
                .query(Long.class).single();
        mvc.perform(get("/enquete/importen/" + oud).session(beheerder))
                .andExpect(content().string(containsString("Import mislukt: er is niets opgeslagen")))
                .andExpect(content().string(containsString("opnieuw is gestart; er is niets opgeslagen")));
        mvc.perform(get("/enquete/metingen/" + meting).session(beheerder)).andExpect(content().string(containsString("Mislukt")));
        jdbc.sql("UPDATE enquete_import SET status = 'MISLUKT' WHERE meting_id = ?").param(meting).update();
    }

    @Test
    void onlyTheBeheerderSeesTheImportStatus() throws Exception {
        Long meting = nieuweMeting("Alleen de beheerder");
        Long id = upload(meting, "mto.csv", csv(3));
        wachtOp(id);
        MockHttpSession medewerker = Inloggen.als(mvc, "medewerker");
        mvc.perform(get("/enquete/importen/" + id).session(medewerker)).andExpect(status().isForbidden());
        mvc.perform(get("/enquete/importen/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/enquete/importen/999999999").session(beheerder)).andExpect(status().isNotFound());
    }

    @Test
    void theApiImportAnswers202WithItsStatusResourceWhichReportsProgressAndOutcome() throws Exception {
        Long meting = nieuweMeting("Import via de API");
        var antwoord = mvc.perform(post("/api/v1/metingen/" + meting + "/import").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType("text/csv").content(csv(1_500).toString()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.metingId").value(meting))
                .andExpect(jsonPath("$.totaal").value(1_500))
                .andReturn().getResponse();
        String locatie = antwoord.getHeader("Location");
        assertThat(locatie).matches("http://localhost/api/v1/enquete/importen/\\d+");
        Long id = Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
        assertThat(wachtOp(id)).isEqualTo("GELUKT");
        mvc.perform(get(locatie).with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.status").value("GELUKT"))
                .andExpect(jsonPath("$.rijen").value(1_500)).andExpect(jsonPath("$.geimporteerd").value(1_500))
                .andExpect(jsonPath("$.fouten").isEmpty()).andExpect(jsonPath("$.klaarOp").isNotEmpty());
        assertThat(responsen(meting)).isEqualTo(1_500);

        mvc.perform(get(locatie).with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/enquete/importen/999999999").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(locatie)).andExpect(status().isUnauthorized());
    }

    @Test
    void theStatusResourceOfARunningApiImportShowsRowsReadAndTheExpectedTotal() throws Exception {
        Long meting = nieuweMeting("Lopende API-import");
        Long gemeente = jdbc.sql("SELECT gemeente_id FROM meting WHERE id = ?").param(meting).query(Long.class).single();
        jdbc.sql("INSERT INTO enquete_import (gemeente_id, meting_id, status, rijen, totaal, gestart_op, bijgewerkt_op) "
                + "VALUES (?, ?, 'BEZIG', 12000, 200000, ?, ?)").params(gemeente, meting, nu(-30), nu(-1)).update();
        Long id = jdbc.sql("SELECT MAX(id) FROM enquete_import WHERE meting_id = ?").param(meting).query(Long.class).single();
        mvc.perform(get("/api/v1/enquete/importen/" + id).with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))).andExpect(status().isOk())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.status").value("BEZIG")).andExpect(jsonPath("$.rijen").value(12_000))
                .andExpect(jsonPath("$.totaal").value(200_000)).andExpect(jsonPath("$.klaarOp").isEmpty());
        jdbc.sql("UPDATE enquete_import SET status = 'MISLUKT' WHERE id = ?").param(id).update();
    }

    @Test
    void theApiRefusesAClosedMetingAtOnceAsProblemJson() throws Exception {
        Long meting = nieuweMeting("Gesloten voor de API");
        mvc.perform(post("/enquete/metingen/" + meting + "/sluiten").session(beheerder).with(csrf()));
        mvc.perform(post("/api/v1/metingen/" + meting + "/import").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType("text/csv").content(csv(2).toString()))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("Deze meting is gesloten")));
        mvc.perform(post("/api/v1/metingen/" + meting + "/import").with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD))
                .contentType("text/csv").content(csv(2).toString())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enquete_import WHERE meting_id = ?").param(meting).query(Integer.class).single()).isZero();
    }

    private static Timestamp nu(int seconden) {
        return Timestamp.from(Instant.now().plus(seconden, ChronoUnit.SECONDS));
    }
}
