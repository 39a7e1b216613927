package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Metingen, invitations, the respondent's submission, import, API and reports with suppression, end to end. */
@IntegratieTest
class EnqueteIntegrationTests {

    private static final Pattern CODE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
    private static final List<String> CODES = InstrumentLezer.standaard().codes();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    MockHttpSession beheerder;

    @BeforeEach
    void login() throws Exception {
        jdbc.sql("DELETE FROM inlog_poging").update();
        beheerder = Inloggen.als(mvc, "beheerder");
    }

    private Long afdeling(String naam) {
        return jdbc.sql("SELECT a.id FROM afdeling a JOIN gemeente g ON g.id = a.gemeente_id WHERE g.cbs_code = 'GM9999' AND a.naam = ?")
                .param(naam).query(Long.class).single();
    }

    private Long demoMeting(String jaar) {
        return jdbc.sql("SELECT m.id FROM meting m JOIN gemeente g ON g.id = m.gemeente_id WHERE g.cbs_code = 'GM9999' AND m.titel LIKE ?")
                .param("Medewerkersenquête " + jaar).query(Long.class).single();
    }

    private Long nieuweMeting(String titel, String... afdelingen) throws Exception {
        MockHttpServletRequestBuilder verzoek = post("/enquete").session(beheerder).with(csrf()).param("titel", titel)
                .param("startdatum", "2020-01-01").param("einddatum", "2099-12-31");
        for (String naam : afdelingen) {
            Long id = afdeling(naam);
            verzoek.param("afdelingen", id.toString()).param("medewerkers[" + id + "]", "20");
        }
        String locatie = mvc.perform(verzoek).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    private static MockHttpServletRequestBuilder alleAntwoorden(MockHttpServletRequestBuilder verzoek, int waarde) {
        CODES.forEach(code -> verzoek.param("antwoorden[" + code + "]", String.valueOf(waarde)));
        return verzoek;
    }

    private String csv(String... rijen) {
        return "afdeling;" + String.join(";", CODES) + ";opmerking\n" + String.join("\n", rijen) + "\n";
    }

    private static String rij(String afdeling, int wb1, int overig) {
        StringBuilder rij = new StringBuilder(afdeling);
        for (String code : CODES) {
            rij.append(';').append(code.equals("WB1") ? wb1 : overig);
        }
        return rij.append(';').toString();
    }

    @Test
    void voorbeeldstadHasTwoClosedMetingenOfAboutTwelveHundredResponses() {
        List<Integer> aantallen = jdbc.sql("SELECT COUNT(*) FROM respons r JOIN meting m ON m.id = r.meting_id JOIN gemeente g "
                + "ON g.id = m.gemeente_id WHERE g.cbs_code = 'GM9999' AND m.titel LIKE 'Medewerkersenquête %' GROUP BY m.id ORDER BY m.id")
                .query(Integer.class).list();
        assertThat(aantallen).hasSize(2).allSatisfy(n -> assertThat(n).isBetween(1150, 1250));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons_antwoord a JOIN meting m ON m.id = a.meting_id WHERE m.titel LIKE 'Medewerkersenquête %'")
                .query(Integer.class).single()).isEqualTo(aantallen.stream().mapToInt(Integer::intValue).sum() * CODES.size());
    }

    @Test
    void theDemoReportHidesTheSmallAfdelingAndItsComplementAndSaysWhy() throws Exception {
        Long id = demoMeting(String.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear()));
        mvc.perform(get("/enquete/metingen/" + id + "/rapport").session(Inloggen.als(mvc, "medewerker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verborgen: 4 responsen, minder dan 5")))
                .andExpect(content().string(containsString("Verborgen: 6 responsen, om een kleinere afdeling te beschermen")))
                .andExpect(content().string(containsString("Vergeleken met Medewerkersenquête")))
                .andExpect(content().string(containsString("Ervaart u voldoende functionele steun van uw leidinggevende?")));
        Long griffie = afdeling("Griffie");
        Long control = afdeling("Concerncontrol");
        String json = mvc.perform(get("/api/v1/metingen/" + id + "/rapport").with(httpBasic("griffier", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.k").value(5))
                .andExpect(jsonPath("$.respons[?(@.afdelingId == " + griffie + ")].reden").value("TE_KLEIN"))
                .andExpect(jsonPath("$.respons[?(@.afdelingId == " + control + ")].reden").value("AANVULLEND"))
                .andExpect(jsonPath("$.vragen[0].afdelingen[?(@.afdelingId == " + griffie + ")].procenten").value(org.hamcrest.Matchers.contains(nullValue())))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("\"opmerking\"");
    }

    @Test
    void theExportsHideWhatThePageHides() throws Exception {
        Long id = demoMeting(String.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear()));
        var pdf = mvc.perform(get("/enquete/metingen/" + id + "/export").param("formaat", "pdf").session(beheerder))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(tekst).contains("Verborgen: 4 responsen, minder dan 5").contains("Psychosociale veiligheid per afdeling");
        }
        var xlsx = mvc.perform(get("/enquete/metingen/" + id + "/export").param("formaat", "xlsx").session(beheerder))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var boek = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var respons = boek.getSheetAt(0);
            boolean griffieVerborgen = false;
            for (var rij : respons) {
                if ("Griffie".equals(rij.getCell(0).getStringCellValue())) {
                    griffieVerborgen = rij.getCell(4).getStringCellValue().startsWith("Verborgen: 4 responsen");
                }
            }
            assertThat(griffieVerborgen).isTrue();
            var antwoorden = boek.getSheetAt(2);
            for (var rij : antwoorden) {
                if ("Griffie".equals(rij.getCell(1).getStringCellValue())) {
                    assertThat(rij.getCell(2) == null || rij.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK).isTrue();
                }
            }
        }
    }

    @Test
    void aRespondentAnswersOnceWithACodeAndNothingLinksTheResponseToIt() throws Exception {
        Long id = nieuweMeting("Pulsmeting", "Burgerzaken", "Wonen");
        mvc.perform(post("/enquete/metingen/" + id + "/vragen").session(beheerder).with(csrf()).param("tekst", "Ik kan thuiswerken als ik dat wil.")
                .param("polariteit", "POSITIEF")).andExpect(flash().attribute("melding", "enquete.vraag.toegevoegd"));
        mvc.perform(post("/enquete/metingen/" + id + "/openen").session(beheerder).with(csrf()));
        String pagina = mvc.perform(post("/enquete/metingen/" + id + "/uitnodigingen").session(beheerder).with(csrf()).param("aantal", "3"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        List<String> codes = CODE.matcher(pagina).results().map(m -> m.group()).distinct().toList();
        assertThat(codes).hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM uitnodiging WHERE code_hash = ?").param(codes.get(0)).query(Integer.class).single()).isZero();

        mvc.perform(get("/enquete/invullen/" + codes.get(0))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ik kan thuiswerken als ik dat wil.")));
        mvc.perform(get("/enquete/invullen").param("code", codes.get(0).toLowerCase().replace("-", " ")))
                .andExpect(redirectedUrl("/enquete/invullen/" + codes.get(0).replace("-", "")));
        mvc.perform(alleAntwoorden(post("/enquete/invullen/" + codes.get(0)), 2).with(csrf()))
                .andExpect(content().string(containsString("Kies de afdeling waar u werkt.")))
                .andExpect(content().string(containsString("Vraag 26 is nog niet beantwoord.")));
        mvc.perform(alleAntwoorden(post("/enquete/invullen/" + codes.get(0)), 2).param("antwoorden[E1]", "1")
                        .param("afdelingId", afdeling("Wonen").toString()).param("opmerking", "Prima zo.").with(csrf()))
                .andExpect(redirectedUrl("/enquete/bedankt"));
        mvc.perform(get("/enquete/invullen/" + codes.get(0))).andExpect(status().isNotFound());
        mvc.perform(alleAntwoorden(post("/enquete/invullen/" + codes.get(0)), 2).param("antwoorden[E1]", "1")
                .param("afdelingId", afdeling("Wonen").toString()).with(csrf())).andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM uitnodiging WHERE meting_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons_antwoord WHERE meting_id = ?").param(id).query(Integer.class).single()).isEqualTo(26);
        List<String> kolommen = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'respons' AND table_schema = CURRENT_SCHEMA")
                .query(String.class).list();
        assertThat(kolommen).containsExactlyInAnyOrder("id", "meting_id", "afdeling_id", "ingediend_op", "opmerking");
        assertThat(jdbc.sql("SELECT ingediend_op FROM respons WHERE meting_id = ?").param(id).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC));

        mvc.perform(get("/enquete/metingen/" + id + "/rapport").session(beheerder)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Het rapport verschijnt zodra de meting is gesloten.")));
        mvc.perform(post("/enquete/metingen/" + id + "/sluiten").session(beheerder).with(csrf()));
        mvc.perform(get("/enquete/metingen/" + id + "/rapport").session(beheerder)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Met 1 responsen is zelfs het totaal te klein")))
                .andExpect(content().string(containsString("Er zijn 1 opmerkingen, maar met 1 responsen")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Prima zo."))));
        mvc.perform(alleAntwoorden(post("/enquete/invullen/" + codes.get(1)), 2).param("antwoorden[E1]", "1")
                        .param("afdelingId", afdeling("Wonen").toString()).with(csrf()))
                .andExpect(flash().attribute("foutmelding", "Deze enquête is op dit moment niet open: antwoorden kunnen niet worden ingediend."));
    }

    @Test
    void invitationsDownloadAsCsvForAMailMerge() throws Exception {
        Long id = nieuweMeting("Met brieven", "Griffie");
        var antwoord = mvc.perform(post("/enquete/metingen/" + id + "/uitnodigingen").session(beheerder).with(csrf()).param("aantal", "4")
                        .param("afdelingId", afdeling("Griffie").toString()).param("formaat", "csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse();
        assertThat(antwoord.getContentType()).startsWith("text/csv");
        List<String> regels = antwoord.getContentAsString().lines().toList();
        assertThat(regels.get(0)).isEqualTo("code;link;afdeling");
        assertThat(regels).hasSize(5);
        assertThat(regels.get(1)).matches(CODE.pattern() + ";http://localhost/enquete/invullen/" + CODE.pattern() + ";Griffie");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM uitnodiging WHERE meting_id = ? AND afdeling_id = ?").params(id, afdeling("Griffie"))
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void anImportIsAtomicAndNamesRowAndColumnOfEveryProblem() throws Exception {
        Long id = nieuweMeting("Import", "Burgerzaken", "Wonen");
        String fout = csv(rij("Burgerzaken", 1, 2), rij("Onbekend", 1, 2), rij("AFD15", 1, 2).replaceFirst(";2;", ";7;"), "Wonen;1;2");
        mvc.perform(post("/api/v1/metingen/" + id + "/import").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .header("Prefer", "wait=30").contentType("text/csv").content(fout))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AFGEKEURD"))
                .andExpect(jsonPath("$.fouten[0].tekst").value(containsString("Rij 3, kolom 'afdeling': afdeling 'Onbekend' doet niet mee")))
                .andExpect(jsonPath("$.fouten[0].rij").value(3)).andExpect(jsonPath("$.fouten[0].kolom").value("afdeling"))
                .andExpect(jsonPath("$.fouten[1].tekst").value(containsString("Rij 4, kolom 'L1': '7' ligt niet op de schaal")))
                .andExpect(jsonPath("$.fouten[2].tekst").value("Rij 5: verwacht 27 kolommen, gevonden 3."))
                .andExpect(jsonPath("$.fouten[2].kolom").doesNotExist());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(id).query(Integer.class).single()).isZero();

        String goed = csv(rij("Burgerzaken", 1, 2), rij("wonen", 5, 3)).replace(";3;3;", ";nooit;3;");
        mvc.perform(post("/api/v1/metingen/" + id + "/import").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                .header("Prefer", "wait=30").contentType("text/csv").content(goed)).andExpect(jsonPath("$.geimporteerd").value(2));
        var bestand = new MockMultipartFile("bestand", "mto.csv", "text/csv", goed.getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/enquete/metingen/" + id + "/sluiten").session(beheerder).with(csrf()));
        mvc.perform(multipart("/enquete/metingen/" + id + "/import").file(bestand).session(beheerder).with(csrf()))
                .andExpect(flash().attribute("foutmelding", containsString("Deze meting is gesloten")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theReportApiReproducesAHandComputedTableAfterSqlAggregation() throws Exception {
        Long id = nieuweMeting("Handberekend", "Burgerzaken", "Wonen", "Griffie");
        // Burgerzaken 7: sfeer 2 altijd, 3 vaak, 1 soms, 1 zelden (seed table 1, Bestuur Raadsgriffie); Wonen 5: 1, 4; Griffie 2: nooit.
        // Griffie is too small; Wonen, the smallest shown afdeling, is hidden with it. Total 14: 3, 7, 1, 1, 2.
        String csv = csv(rij("Burgerzaken", 1, 2), rij("Burgerzaken", 1, 2), rij("Burgerzaken", 2, 2), rij("Burgerzaken", 2, 2),
                rij("Burgerzaken", 2, 2), rij("Burgerzaken", 3, 2), rij("Burgerzaken", 4, 2),
                rij("Wonen", 1, 4), rij("Wonen", 2, 4), rij("Wonen", 2, 4), rij("Wonen", 2, 4), rij("Wonen", 2, 4),
                rij("Griffie", 5, 5), rij("Griffie", 5, 5));
        mvc.perform(post("/api/v1/metingen/" + id + "/import").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                .header("Prefer", "wait=30").contentType("text/csv").content(csv)).andExpect(jsonPath("$.geimporteerd").value(14));
        mvc.perform(post("/api/v1/metingen/" + id + "/sluiten").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(jsonPath("$.status").value("GESLOTEN"));
        Long burgerzaken = afdeling("Burgerzaken");
        Long wonen = afdeling("Wonen");
        Long griffie = afdeling("Griffie");
        String wb1 = "$.vragen[?(@.vraag.code == 'WB1')]";
        mvc.perform(get("/api/v1/metingen/" + id + "/rapport").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(jsonPath(wb1 + ".afdelingen[?(@.afdelingId == " + burgerzaken + ")].procenten[*]")
                        .value(org.hamcrest.Matchers.contains(28.6, 42.9, 14.3, 14.3, 0.0)))
                .andExpect(jsonPath(wb1 + ".afdelingen[?(@.afdelingId == " + wonen + ")].reden").value("AANVULLEND"))
                .andExpect(jsonPath(wb1 + ".afdelingen[?(@.afdelingId == " + griffie + ")].reden").value("TE_KLEIN"))
                .andExpect(jsonPath(wb1 + ".totaal.procenten[*]").value(org.hamcrest.Matchers.contains(21.4, 50.0, 7.1, 7.1, 14.3)));
    }

    @Test
    void theApiRunsAMetingFromCreationToAnonymousSubmission() throws Exception {
        Long wonen = afdeling("Wonen");
        String meting = mvc.perform(post("/api/v1/metingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titel\":\"Via API\",\"startdatum\":\"2020-01-01\",\"einddatum\":\"2099-01-01\",\"afdelingen\":{\"" + wonen + "\":12}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Long id = Long.valueOf(meting.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/metingen").with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"titel\":\"x\",\"startdatum\":\"2020-01-01\",\"einddatum\":\"2099-01-01\",\"afdelingen\":{\"" + wonen + "\":1}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/metingen/" + id + "/openen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(jsonPath("$.status").value("OPEN"));
        String codes = mvc.perform(post("/api/v1/metingen/" + id + "/uitnodigingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"aantal\":1,\"afdelingId\":" + wonen + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = CODE.matcher(codes).results().findFirst().orElseThrow().group();
        StringBuilder antwoorden = new StringBuilder();
        CODES.forEach(c -> antwoorden.append(antwoorden.isEmpty() ? "" : ",").append('"').append(c).append("\":3"));
        mvc.perform(post("/api/v1/responsen").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"antwoorden\":{\"L1\":9}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].veld").value("antwoorden[L1]"));
        String inzending = "{\"code\":\"" + code + "\",\"antwoorden\":{" + antwoorden + "}}";
        mvc.perform(post("/api/v1/responsen").contentType(MediaType.APPLICATION_JSON).content(inzending)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/responsen").contentType(MediaType.APPLICATION_JSON).content(inzending)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/metingen/" + id).with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andExpect(jsonPath("$.responsen").value(1));
        mvc.perform(get("/api/v1/vragenlijsten/enquete")).andExpect(jsonPath("$.vragen.length()").value(25));
    }

    @Test
    void aGemeenteMayRaiseTheMinimumGroupSizeButNeverBelowThree() throws Exception {
        Long id = demoMeting(String.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear()));
        try {
            mvc.perform(post("/enquete/instellingen").session(beheerder).with(csrf()).param("minimaleGroep", "2")
                            .param("minimaleGroepOpmerkingen", "10"))
                    .andExpect(flash().attribute("foutmelding", containsString("ten minste 3")));
            mvc.perform(post("/enquete/instellingen").session(beheerder).with(csrf()).param("minimaleGroep", "10")
                    .param("minimaleGroepOpmerkingen", "20")).andExpect(flash().attribute("melding", "enquete.instellingen.opgeslagen"));
            mvc.perform(get("/api/v1/metingen/" + id + "/rapport").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                    .andExpect(jsonPath("$.k").value(10))
                    .andExpect(jsonPath("$.respons[?(@.afdelingId == " + afdeling("Bestuursondersteuning") + ")].reden").value("TE_KLEIN"));
            mvc.perform(post("/enquete/instellingen").session(Inloggen.als(mvc, "griffier")).with(csrf()).param("minimaleGroep", "3")
                    .param("minimaleGroepOpmerkingen", "3")).andExpect(status().isForbidden());
        } finally {
            jdbc.sql("DELETE FROM enquete_instelling").update();
        }
    }
}
