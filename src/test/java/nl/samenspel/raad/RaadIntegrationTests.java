package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteGegevens;
import nl.samenspel.gemeente.GemeenteService;
import nl.samenspel.gemeente.NieuweGebruiker;
import nl.samenspel.gemeente.Rol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A fresh gemeente with three partijen (A and B coalition, B leaves on 14 December 2023, C
 * opposition), imports through the API and the browser, and the period report checked against
 * counts worked out by hand. Also: the demo of Voorbeeldstad and the role gates.
 */
@IntegratieTest
class RaadIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired GemeenteService gemeenten;
    @Autowired RegisterService register;
    @Autowired RaadsfeitenService raadsfeiten;

    Gemeente gemeente;
    String griffier;
    Long periode;

    @BeforeEach
    void nieuweGemeente() {
        jdbc.sql("DELETE FROM inlog_poging").update();
        int nummer = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        griffier = "griffier-raad-" + nummer;
        gemeente = gemeenten.maak(new GemeenteGegevens("Raadstad " + nummer, vrijeCbsCode(jdbc), 60_000, 31),
                new NieuweGebruiker(griffier, "Griffier Raadstad", null, "wachtwoord-van-de-griffie-1", java.util.Set.of(Rol.GRIFFIER)));
        Long g = gemeente.id();
        Long a = partij(g, "Stadsbelang", Partij.Partijsoort.LOKAAL, "SB");
        Long b = partij(g, "Volt", Partij.Partijsoort.LANDELIJK, null);
        Long c = partij(g, "GroenLinks", Partij.Partijsoort.LANDELIJK, "GL");
        register.fractiesUitVerkiezing(g, register.bewaarUitslag(g, LocalDate.of(2022, 3, 16), Map.of(a, 14, b, 3, c, 14)).id());
        Long coalitie = register.voegCoalitieToe(g, "Coalitie 2022", LocalDate.of(2022, 6, 1), List.of(a, b)).id();
        register.partijVertrekt(g, coalitie, b, LocalDate.of(2023, 12, 14));
        periode = register.voegPeriodeToe(g, "2022-2026", LocalDate.of(2022, 4, 1), LocalDate.of(2026, 3, 31)).id();
    }

    static String vrijeCbsCode(JdbcClient jdbc) {
        for (int i = 0; i < 100; i++) {
            String code = "GM" + ThreadLocalRandom.current().nextInt(1000, 9000);
            if (jdbc.sql("SELECT COUNT(*) FROM gemeente WHERE cbs_code = ?").param(code).query(Integer.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("geen vrije CBS-code");
    }

    private Long partij(Long g, String naam, Partij.Partijsoort soort, String afkorting) {
        return register.bewaarPartij(g, null, new RegisterService.PartijGegevens(naam, afkorting, soort, null)).id();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor alsGriffier() {
        return httpBasic(griffier, "wachtwoord-van-de-griffie-1");
    }

    /** An API import that waits for its outcome (Prefer: wait), so the answer is 200 with the final status. */
    private MockHttpServletRequestBuilder importeer(String soort, String type, String inhoud) {
        return post("/api/v1/raad/import/" + soort).with(alsGriffier()).header("Prefer", "wait=30").contentType(type).content(inhoud);
    }

    @Test
    void importedMotionsAndQuestionsGiveTheHandCountedTables() throws Exception {
        String moties = """
                datum;titel;soort;indieners;uitkomst;kenmerk
                2022-09-01;M1;Motie;SB;aangenomen;M1
                2023-06-01;M2;Motie;Volt;aangenomen;M2
                2024-02-01;M3;Motie;Volt;verworpen;M3
                2024-02-01;M4;Motie vreemd;GL;verworpen;M4
                2024-03-01;M5;Motie;GroenLinks, Stadsbelang;aangenomen;M5
                2023-01-10;A1;Amendement;SB|Volt;ingetrokken;A1
                2023-01-10;A2;Amendement;Groen Links;overig;A2
                2026-04-01;buiten de periode;Motie;SB;aangenomen;M6
                """;
        mvc.perform(importeer("moties", "text/csv", moties))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GELUKT"))
                .andExpect(jsonPath("$.rijen").value(8)).andExpect(jsonPath("$.toegevoegd").value(8));
        String vragen = """
                datum;titel;indieners
                2023-05-01;V1;SB
                2024-05-01;V2;Volt
                2023-05-01;V3;Volt, SB
                2024-05-01;V4;Volt|GL
                2024-05-01;V5;SB, Volt
                2022-12-24;V6;GL
                """;
        mvc.perform(importeer("vragen", "text/csv", vragen))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toegevoegd").value(6));

        Periodeoverzicht o = rapport();
        // V1 one coalition; V2 and V6 one opposition (Volt had left); V3 several coalition; V4 several opposition; V5 mix.
        assertThat(o.vragen()).extracting(Vragentabel.Rij::aantal).containsExactly(1, 2, 1, 1, 1);
        assertThat(o.vragen()).extracting(Vragentabel.Rij::procent).containsExactly(17, 33, 17, 17, 17);
        // Moties: coalition M1, M2 (Volt before leaving); opposition M3 (Volt after), M4; mixed M5. M6 lies outside the period.
        assertThat(o.motiesTotaal()).isEqualTo(5);
        assertThat(rij(o.moties(), Kamp.COALITIE).totaal()).isEqualTo(2);
        assertThat(rij(o.moties(), Kamp.COALITIE).cellen().get(0).procent()).isEqualTo(100);
        assertThat(rij(o.moties(), Kamp.OPPOSITIE).cellen().get(2).aantal()).isEqualTo(2);
        assertThat(rij(o.moties(), Kamp.GEMENGD).totaal()).isEqualTo(1);
        assertThat(rij(o.amendementen(), Kamp.COALITIE).cellen().get(1).aantal()).as("ingetrokken").isEqualTo(1);
        assertThat(rij(o.amendementen(), Kamp.OPPOSITIE).cellen().get(3).aantal()).as("overig").isEqualTo(1);
        assertThat(o.verkiezing().fracties()).isEqualTo(3);
        assertThat(o.verkiezing().lokaalProcent()).as("14 of 31").isEqualTo(45);
        assertThat(o.coalities().get(0).zetels()).isEqualTo(17);
        assertThat(o.coalities().get(0).vertrokken()).extracting(Periodeoverzicht.Vertrek::partij).containsExactly("Volt");

        mvc.perform(get("/api/v1/raad/periodes/" + periode + "/rapport").with(alsGriffier()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.vragenTotaal").value(6));
    }

    @Test
    void aFileWithOneBadRowIsRejectedWholeAndEveryProblemIsNamed() throws Exception {
        String moties = """
                datum;titel;soort;indieners;uitkomst
                2023-01-01;Goed;Motie;SB;aangenomen
                31-02-2023;Foute datum;Motie;SB;aangenomen
                2023-01-02;Onbekend;Motie;Partij X;verworpen
                2023-01-03;Foute soort;Petitie;GL;gewonnen
                2023-01-04;Ook onbekend;Motie;Partij X, SB;verworpen
                """;
        mvc.perform(importeer("moties", "text/csv", moties))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AFGEKEURD"))
                .andExpect(jsonPath("$.fouten[*].tekst", hasItem(startsWith("Rij 3, kolom 'datum'"))))
                .andExpect(jsonPath("$.fouten[*].tekst", hasItem(startsWith("Rij 5, kolom 'soort'"))))
                .andExpect(jsonPath("$.fouten[*].tekst", hasItem(startsWith("Rij 5, kolom 'uitkomst'"))))
                .andExpect(jsonPath("$.fouten[?(@.rij == 5 && @.kolom == 'uitkomst')]").exists())
                .andExpect(jsonPath("$.fouten[*].tekst",
                        hasItem(containsString("de partij 'Partij X' staat niet in het partijenregister (2 rijen, o.a. 4, 6)"))));
        assertThat(aantalInstrumenten()).isZero();
    }

    @Test
    void openBesluitvormingMotionsAreMappedAndASecondImportAddsNothing() throws Exception {
        String ndjson = """
                {"@id":"https://id.openraadsinformatie.nl/1","@type":"Motion","motion_type":"Motie","result":"Aangenomen","name":"Groen","date_submitted":"2023-05-11T20:15:00+02:00","parties":["Stadsbelang"]}
                {"@id":"https://id.openraadsinformatie.nl/2","motion_type":"Amendement","result":"verworpen","start_date":"2024-01-20","proposers":[{"name":"J. Jansen","party":{"name":"GroenLinks"}}],"co_proposers":[{"name":"K. de Boer","member_of":"Volt"}]}
                {"@id":"https://id.openraadsinformatie.nl/3","motion_type":"Motie Vreemd","result":"aangehouden","date":"2023-02-02","parties":[{"name":"Fractie Volt"}]}
                {"@id":"https://id.openraadsinformatie.nl/9","@type":"Meeting","name":"Raadsvergadering"}
                """;
        mvc.perform(importeer("openbesluitvorming", "application/x-ndjson", ndjson))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toegevoegd").value(3)).andExpect(jsonPath("$.totaal").value(4));
        mvc.perform(importeer("openbesluitvorming", "application/x-ndjson", ndjson))
                .andExpect(status().isOk()).andExpect(jsonPath("$.toegevoegd").value(0)).andExpect(jsonPath("$.overgeslagen").value(3));
        Periodeoverzicht o = rapport();
        assertThat(rij(o.moties(), Kamp.COALITIE).totaal()).as("motie 1 (SB) and motie vreemd 3 (Volt before leaving)").isEqualTo(2);
        assertThat(rij(o.amendementen(), Kamp.OPPOSITIE).totaal()).as("GL with Volt after leaving").isEqualTo(1);
        assertThat(jdbc.sql("SELECT soort FROM raadsinstrument WHERE kenmerk = 'https://id.openraadsinformatie.nl/3' AND gemeente_id = ?")
                .param(gemeente.id()).query(String.class).single()).isEqualTo("MOTIE_VREEMD");

        mvc.perform(importeer("openbesluitvorming", "application/x-ndjson",
                        "{\"motion_type\":\"Motie\",\"result\":\"aangenomen\",\"date\":\"2023-01-01\",\"parties\":[\"Onbekend\"]}\nniet-json\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AFGEKEURD"))
                .andExpect(jsonPath("$.fouten[0].tekst", startsWith("Rij 1, kolom 'parties': de partij 'Onbekend'")))
                .andExpect(jsonPath("$.fouten[1].tekst", startsWith("Rij 2: geen geldige JSON")));
    }

    @Test
    void aBrowserImportRunsInTheBackgroundAndItsPageShowsTheOutcome() throws Exception {
        MockHttpSession sessie = Inloggen.als(mvc, griffier, "wachtwoord-van-de-griffie-1");
        var bestand = new MockMultipartFile("bestand", "vragen.csv", "text/csv",
                "datum;indieners\n2023-05-01;SB\n2023-05-02;Partij Y\n".getBytes(StandardCharsets.UTF_8));
        String locatie = mvc.perform(multipart("/raad/import").file(bestand).param("formaat", "VRAGEN_CSV").session(sessie).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(locatie.substring(locatie.lastIndexOf('/') + 1));
        wachtOp(id);
        mvc.perform(get(locatie).session(sessie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Import afgekeurd")))
                .andExpect(content().string(containsString("Partij Y")));
        mvc.perform(get(locatie).session(sessie).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("importstatus")));
        assertThat(aantalInstrumenten()).isZero();

        var goed = new MockMultipartFile("bestand", "vragen.csv", "text/csv", "datum;indieners\n2023-05-01;SB\n".getBytes(StandardCharsets.UTF_8));
        String tweede = mvc.perform(multipart("/raad/import").file(goed).param("formaat", "VRAGEN_CSV").session(sessie).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        wachtOp(Long.valueOf(tweede.substring(tweede.lastIndexOf('/') + 1)));
        assertThat(aantalInstrumenten()).isEqualTo(1);
    }

    @Test
    void raadsfeitenGiveTheGoedeGesprekItsFacts() throws Exception {
        mvc.perform(importeer("moties", "text/csv", """
                datum;soort;indieners;uitkomst
                2023-01-01;Motie;SB;aangenomen
                2023-01-02;Motie;SB;verworpen
                2023-01-03;Amendement;GL;verworpen
                2023-01-04;Motie;GL;aangenomen
                2023-01-05;Motie;GL;verworpen
                2023-01-06;Motie;GL;verworpen
                2025-01-06;Motie;GL;verworpen
                """)).andExpect(status().isOk());
        register.afsplitsing(gemeente.id(), partijId("GroenLinks"), "Fractie Bakker", 1, LocalDate.of(2023, 3, 1));
        Raadsfeiten feiten = raadsfeiten.raadsfeiten(gemeente.id(), LocalDate.of(2024, 6, 1)).orElseThrow();
        assertThat(feiten.raadsperiode()).isEqualTo("2022-2026");
        assertThat(feiten.motiesEnAmendementenCoalitie()).isEqualTo(2);
        assertThat(feiten.motiesEnAmendementenOppositie()).as("the 2025 motion lies after the peildatum").isEqualTo(4);
        assertThat(feiten.aangenomenCoalitieProcent()).isEqualTo(50);
        assertThat(feiten.aangenomenOppositieProcent()).isEqualTo(25);
        assertThat(feiten.verschilProcentpunten()).isEqualTo(25);
        assertThat(feiten.vertrokken()).extracting(Raadsfeiten.Vertrek::partij).containsExactly("Volt");
        assertThat(feiten.fracties()).as("three from the election plus the afsplitsing").isEqualTo(4);
        assertThat(feiten.referentieFracties()).isEqualByComparingTo("7.3");
        assertThat(feiten.afsplitsingen()).extracting(Raadsfeiten.Afsplitsing::fractie).containsExactly("Fractie Bakker");
        assertThat(raadsfeiten.raadsfeiten(gemeente.id(), LocalDate.of(2020, 1, 1))).as("before any period").isEmpty();
        mvc.perform(get("/api/v1/raad/raadsfeiten?peildatum=2024-06-01").with(alsGriffier()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.vertrokken[0].partij").value("Volt"));
    }

    @Test
    void voorbeeldstadShowsEveryTableAndVoltLeavingTheCoalition() throws Exception {
        MockHttpSession raadslid = Inloggen.als(mvc, "raadslid");
        Long voorbeeldstad = jdbc.sql("SELECT id FROM gemeente WHERE naam = 'Voorbeeldstad'").query(Long.class).single();
        Long p2022 = jdbc.sql("SELECT id FROM raadsperiode WHERE gemeente_id = ? AND naam = '2022-2026'").param(voorbeeldstad)
                .query(Long.class).single();
        mvc.perform(get("/raad").session(raadslid)).andExpect(status().isOk()).andExpect(content().string(containsString("2022-2026")));
        mvc.perform(get("/raad/periodes/" + p2022).session(raadslid)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Eén oppositiepartij")))
                .andExpect(content().string(containsString("Volt op 14-12-2023")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/raad/verloop").session(raadslid)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Stadspartij Voorbeeldstad")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM raadsinstrument WHERE gemeente_id = ?").param(voorbeeldstad).query(Integer.class).single())
                .isBetween(400, 600);
        mvc.perform(post("/raad/partijen").session(raadslid).with(csrf()).param("naam", "Nieuw").param("soort", "LOKAAL"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/raad/import").session(raadslid)).andExpect(status().isForbidden());
        mvc.perform(get("/raad").session(Inloggen.als(mvc, "medewerker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/raad/partijen").with(httpBasic("medewerker", Inloggen.DEMO_WACHTWOORD))).andExpect(status().isForbidden());
    }

    @Test
    void theRegistryScreensKeepPartiesElectionsCoalitionsAndReferenceValues() throws Exception {
        MockHttpSession sessie = Inloggen.als(mvc, griffier, "wachtwoord-van-de-griffie-1");
        mvc.perform(post("/raad/partijen").session(sessie).with(csrf()).param("naam", "Nieuwe Lijst").param("soort", "LOKAAL")
                .param("aliassen", "NL|Lijst Nieuw")).andExpect(status().is3xxRedirection());
        Long nieuw = partijId("Nieuwe Lijst");
        mvc.perform(post("/raad/verkiezingen").session(sessie).with(csrf()).param("datum", "2026-03-18")
                .param("zetels[" + nieuw + "]", "5").param("zetels[" + partijId("Volt") + "]", "26")).andExpect(status().is3xxRedirection());
        Long verkiezing = jdbc.sql("SELECT id FROM verkiezing WHERE gemeente_id = ? AND datum = DATE '2026-03-18'").param(gemeente.id())
                .query(Long.class).single();
        mvc.perform(post("/raad/verkiezingen/" + verkiezing + "/fracties").session(sessie).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(register.fractiesOp(gemeente.id(), LocalDate.of(2026, 4, 1))).hasSize(2);
        mvc.perform(post("/raad/verkiezingen").session(sessie).with(csrf()).param("datum", "2030-03-18")
                .param("zetels[" + nieuw + "]", "46")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM verkiezing WHERE gemeente_id = ?").param(gemeente.id()).query(Integer.class).single())
                .as("46 seats refused").isEqualTo(2);
        mvc.perform(post("/raad/periodes").session(sessie).with(csrf()).param("naam", "2026-2030").param("begin", "2026-04-01")
                .param("einde", "2030-03-31")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/raad/coalities").session(sessie).with(csrf()).param("naam", "Coalitie 2026").param("begin", "2026-05-01")
                .param("partijen", String.valueOf(nieuw))).andExpect(status().is3xxRedirection());
        Long referentie = jdbc.sql("SELECT id FROM referentiewaarde WHERE gemeente_id = ? AND indicator = 'FRACTIES'").param(gemeente.id())
                .query(Long.class).single();
        mvc.perform(post("/raad/referenties/" + referentie).session(sessie).with(csrf()).param("indicator", "FRACTIES")
                .param("gemeentegrootte", "alle gemeenten").param("waarde", "7,5").param("bron", "Eigen telling 2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT waarde FROM referentiewaarde WHERE id = ?").param(referentie).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("7.5");
        for (String pagina : List.of("/raad/partijen", "/raad/partijen/" + nieuw, "/raad/verkiezingen", "/raad/fracties",
                "/raad/coalities", "/raad/referenties", "/raad/referenties/" + referentie, "/raad/import", "/raad/verloop")) {
            mvc.perform(get(pagina).session(sessie)).andExpect(status().isOk());
        }
        mvc.perform(post("/raad/partijen/" + nieuw + "/verwijderen").session(sessie).with(csrf())).andExpect(status().isBadRequest());
        assertThat(register.partijen(gemeente.id())).extracting(Partij::naam).as("in use, so kept").contains("Nieuwe Lijst");
    }

    @Test
    void theReportExportsAsTaggedPdfXlsxAndCsv() throws Exception {
        MockHttpSession raadslid = Inloggen.als(mvc, "raadslid");
        Long p2022 = jdbc.sql("SELECT r.id FROM raadsperiode r JOIN gemeente g ON g.id = r.gemeente_id "
                + "WHERE g.naam = 'Voorbeeldstad' AND r.naam = '2022-2026'").query(Long.class).single();
        byte[] pdf = mvc.perform(get("/raad/periodes/" + p2022 + "/export.pdf").session(raadslid)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(tekst).contains("Raadsperiode 2022-2026", "Eén oppositiepartij", "Tussentijds", "Volt op 14-12-");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
        }
        byte[] xlsx = mvc.perform(get("/raad/periodes/" + p2022 + "/export.xlsx").session(raadslid)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var boek = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(boek.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Steller");
            assertThat(boek.getNumberOfSheets()).isEqualTo(4);
        }
        String csv = mvc.perform(get("/raad/periodes/" + p2022 + "/export.csv").session(raadslid)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Moties").contains("Coalitie").contains("Aangenomen");
        mvc.perform(get("/raad/periodes/" + p2022 + "/export.csv").session(Inloggen.als(mvc, "medewerker"))).andExpect(status().isForbidden());
    }

    private Long partijId(String naam) {
        return register.partijen(gemeente.id()).stream().filter(p -> p.naam().equals(naam)).findFirst().orElseThrow().id();
    }

    private Periodeoverzicht rapport() {
        return rapportService.periode(gemeente.id(), periode);
    }

    @Autowired RapportService rapportService;

    private static Uitkomsttabel.Rij rij(List<Uitkomsttabel.Rij> rijen, Kamp kamp) {
        return rijen.stream().filter(r -> r.kamp() == kamp).findFirst().orElseThrow();
    }

    private int aantalInstrumenten() {
        return jdbc.sql("SELECT COUNT(*) FROM raadsinstrument WHERE gemeente_id = ?").param(gemeente.id()).query(Integer.class).single();
    }

    private void wachtOp(Long importId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String status = jdbc.sql("SELECT status FROM raad_import WHERE id = ?").param(importId).query(String.class).single();
            if (!"BEZIG".equals(status)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + importId + " is na 10 seconden nog bezig");
    }
}
