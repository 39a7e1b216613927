package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspel.gemeente.Afdeling;
import nl.samenspel.gemeente.AfdelingGegevens;
import nl.samenspel.gemeente.AfdelingService;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteGegevens;
import nl.samenspel.gemeente.GemeenteService;
import nl.samenspel.gemeente.NieuweGebruiker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A beheerder of Voorbeeldstad (gemeente A) visits every endpoint that takes an id with the ids
 * of another gemeente's resources (gemeente B), and must get 404 or 403 and change nothing.
 * A new endpoint with an id fails this test until its resource kind is added below.
 */
@IntegratieTest
class TenantIsolatieIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired GemeenteService gemeenten;
    @Autowired AfdelingService afdelingen;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    Gemeente b;
    Afdeling afdelingVanB;
    Long gebruikerVanB;
    Long gesprekVanB;
    Long metingVanB;
    Long importVanB;
    String beheerderVanB;
    Map<String, Object> raadVanB;

    @BeforeEach
    void maakGemeenteB() {
        int nummer = ThreadLocalRandom.current().nextInt(1000, 9000);
        beheerderVanB = "beheerder-b-" + nummer + "-" + System.nanoTime() % 100000;
        b = gemeenten.maak(new GemeenteGegevens("Andersdorp " + nummer, vrijeCbsCode(), 12_000, 15),
                new NieuweGebruiker(beheerderVanB, "Beheerder B", null, "wachtwoord-van-b-123", null));
        afdelingVanB = afdelingen.voegToe(b.id(), new AfdelingGegevens("GEHEIM", "Geheime afdeling van B"));
        jdbc.sql("INSERT INTO gesprek (gemeente_id, titel, datum, samenstelling, zichtbaarheid, status, vragenlijst_versie) "
                + "VALUES (?, 'Geheim gesprek van B', CURRENT_DATE, 'GEMENGD', 'ANONIEM', 'VOORBEREIDING', 1)").param(b.id()).update();
        gesprekVanB = jdbc.sql("SELECT MAX(id) FROM gesprek WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        gebruikerVanB = jdbc.sql("SELECT id FROM gebruiker WHERE gebruikersnaam = ?").param(beheerderVanB).query(Long.class).single();
        jdbc.sql("INSERT INTO meting (gemeente_id, titel, startdatum, einddatum, status, instrument_versie) "
                + "VALUES (?, 'Geheime meting van B', CURRENT_DATE, CURRENT_DATE, 'VOORBEREIDING', 1)").param(b.id()).update();
        metingVanB = jdbc.sql("SELECT MAX(id) FROM meting WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO meting_afdeling (meting_id, afdeling_id, medewerkers) VALUES (?, ?, 10)")
                .params(metingVanB, afdelingVanB.id()).update();
        jdbc.sql("INSERT INTO enquete_import (gemeente_id, meting_id, bestandsnaam, status, gestart_op, bijgewerkt_op) "
                + "VALUES (?, ?, 'geheim.csv', 'GELUKT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").params(b.id(), metingVanB).update();
        importVanB = jdbc.sql("SELECT MAX(id) FROM enquete_import WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        raadVanB = maakRaadVanB();
    }

    /** Raadsdynamiek of B: a partij, an election, a coalitie, a raadsperiode, a reference value and an import. */
    private Map<String, Object> maakRaadVanB() {
        jdbc.sql("INSERT INTO partij (gemeente_id, naam, soort) VALUES (?, 'Geheime Partij', 'LOKAAL')").param(b.id()).update();
        Long partij = jdbc.sql("SELECT MAX(id) FROM partij WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO verkiezing (gemeente_id, datum) VALUES (?, DATE '2022-03-16')").param(b.id()).update();
        Long verkiezing = jdbc.sql("SELECT MAX(id) FROM verkiezing WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO coalitie (gemeente_id, naam, begin_datum) VALUES (?, 'Geheime coalitie', DATE '2022-06-01')").param(b.id()).update();
        Long coalitie = jdbc.sql("SELECT MAX(id) FROM coalitie WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO coalitiepartij (coalitie, partij_id, vanaf) VALUES (?, ?, DATE '2022-06-01')").params(coalitie, partij).update();
        jdbc.sql("INSERT INTO raadsperiode (gemeente_id, naam, begin_datum, eind_datum) VALUES (?, '2022-2026', DATE '2022-04-01', DATE '2026-03-31')")
                .param(b.id()).update();
        Long periode = jdbc.sql("SELECT MAX(id) FROM raadsperiode WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        Long referentie = jdbc.sql("SELECT MIN(id) FROM referentiewaarde WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        jdbc.sql("INSERT INTO raad_import (gemeente_id, formaat, bestandsnaam, status, gestart_op, bijgewerkt_op) "
                + "VALUES (?, 'VRAGEN_CSV', 'geheim.csv', 'GELUKT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").param(b.id()).update();
        Long taak = jdbc.sql("SELECT MAX(id) FROM raad_import WHERE gemeente_id = ?").param(b.id()).query(Long.class).single();
        Map<String, Object> raad = new java.util.HashMap<>(Map.of("/raad/periodes/", periode, "/raad/partijen/", partij,
                "/raad/verkiezingen/", verkiezing, "/raad/coalities/", coalitie, "/raad/referenties/", referentie, "/raad/import/", taak,
                "/api/v1/raad/partijen/", partij, "/api/v1/raad/verkiezingen/", verkiezing, "/api/v1/raad/coalities/", coalitie,
                "/api/v1/raad/periodes/", periode));
        raad.put("/api/v1/raad/importen/", taak);
        return raad;
    }

    private String vrijeCbsCode() {
        for (int i = 0; i < 100; i++) {
            String code = "GM" + ThreadLocalRandom.current().nextInt(1000, 9999);
            if (jdbc.sql("SELECT COUNT(*) FROM gemeente WHERE cbs_code = ?").param(code).query(Integer.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("geen vrije CBS-code");
    }

    /** Which of B's ids belongs in each endpoint that takes one. */
    private Object idVanB(String pad) {
        Map<String, Object> perBron = new java.util.HashMap<>(Map.of(
                "/gesprekken/", gesprekVanB,
                "/api/v1/gesprekken/", gesprekVanB,
                "/deelnemen/", "code-die-niet-bestaat",
                "/beheer/afdelingen/", afdelingVanB.id(),
                "/api/v1/afdelingen/", afdelingVanB.id(),
                "/beheer/gebruikers/", gebruikerVanB,
                "/api/v1/gemeenten/", b.id(),
                "/enquete/metingen/", metingVanB,
                "/api/v1/metingen/", metingVanB,
                "/enquete/invullen/", "code-die-niet-bestaat"));
        perBron.put("/enquete/importen/", importVanB);
        perBron.put("/api/v1/enquete/importen/", importVanB);
        perBron.putAll(raadVanB);
        return perBron.entrySet().stream().filter(e -> pad.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("Tenant-isolatietest kent de bron van " + pad
                        + " niet: voeg het brontype toe aan idVanB()"));
    }

    private MockHttpServletRequestBuilder metGeldigeInhoud(MockHttpServletRequestBuilder verzoek) {
        return verzoek.contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"GEHEIM\",\"naam\":\"Overgenomen\",\"cbsCode\":\"GM0001\",\"inwonertal\":1,\"raadszetels\":9}");
    }

    @Test
    void everyEndpointWithAnIdRefusesAnotherGemeentesResource() throws Exception {
        MockHttpSession beheerderA = Inloggen.als(mvc, "beheerder");
        List<String> lekken = new ArrayList<>();
        for (var eindpunt : Eindpunten.van(mapping).alle()) {
            if (!eindpunt.pad().contains("{")) {
                continue;
            }
            String pad = eindpunt.metId(idVanB(eindpunt.pad()));
            var verzoek = request(eindpunt.methode(), pad);
            if (eindpunt.isApi()) {
                verzoek = metGeldigeInhoud(verzoek.with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)));
            } else {
                verzoek = verzoek.session(beheerderA).with(csrf())
                        .param("naam", "Overgenomen").param("code", "GEHEIM").param("wachtwoord", "overgenomen-wachtwoord-1")
                        .param("rollen", "BEHEERDER").param("actief", "false").param("aantal", "2").param("waarden[1]", "3")
                        .param("actie", "indienen").param("instrument", "Heidag organiseren")
                        .param("tekst", "Overgenomen vraag").param("afdelingId", String.valueOf(afdelingVanB.id()));
            }
            int code = mvc.perform(verzoek).andReturn().getResponse().getStatus();
            if (code != 404 && code != 403) {
                lekken.add(eindpunt + " -> " + code);
            }
        }
        assertThat(lekken).isEmpty();
        assertThat(afdelingen.afdeling(b.id(), afdelingVanB.id()).naam()).isEqualTo("Geheime afdeling van B");
        assertThat(gemeenten.gemeente(b.id()).naam()).startsWith("Andersdorp");
        assertThat(jdbc.sql("SELECT status FROM gesprek WHERE id = ?").param(gesprekVanB).query(String.class).single()).isEqualTo("VOORBEREIDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deelname WHERE gesprek_id = ?").param(gesprekVanB).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT actief FROM gebruiker WHERE id = ?").param(gebruikerVanB).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM meting WHERE id = ?").param(metingVanB).query(String.class).single()).isEqualTo("VOORBEREIDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM uitnodiging WHERE meting_id = ?").param(metingVanB).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meting_vraag WHERE meting_id = ?").param(metingVanB).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM respons WHERE meting_id = ?").param(metingVanB).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enquete_import WHERE meting_id = ?").param(metingVanB).query(Integer.class).single())
                .as("no import started in B's meting").isEqualTo(1);
        assertThat(jdbc.sql("SELECT naam FROM partij WHERE id = ?").param(raadVanB.get("/raad/partijen/")).query(String.class).single())
                .isEqualTo("Geheime Partij");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM coalitiepartij WHERE coalitie = ? AND tot IS NULL").param(raadVanB.get("/raad/coalities/"))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM raadsperiode WHERE id = ?").param(raadVanB.get("/raad/periodes/")).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void listsShowOnlyTheOwnGemeente() throws Exception {
        MockHttpSession beheerderA = Inloggen.als(mvc, "beheerder");
        String afdelingenA = mvc.perform(get("/api/v1/afdelingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andReturn().getResponse().getContentAsString();
        String paginaA = mvc.perform(get("/beheer/afdelingen").session(beheerderA)).andReturn().getResponse().getContentAsString();
        String gebruikersA = mvc.perform(get("/beheer/gebruikers").session(beheerderA)).andReturn().getResponse().getContentAsString();
        String gemeentenA = mvc.perform(get("/api/v1/gemeenten").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(afdelingenA).doesNotContain("GEHEIM");
        assertThat(paginaA).doesNotContain("Geheime afdeling");
        assertThat(gebruikersA).doesNotContain(beheerderVanB);
        assertThat(gemeentenA).contains("Voorbeeldstad").doesNotContain("Andersdorp");
        String metingenA = mvc.perform(get("/api/v1/metingen").with(httpBasic("beheerder", Inloggen.DEMO_WACHTWOORD)))
                .andReturn().getResponse().getContentAsString();
        String metingenPagina = mvc.perform(get("/enquete").session(beheerderA)).andReturn().getResponse().getContentAsString();
        assertThat(metingenA).contains("Medewerkersenquête").doesNotContain("Geheime meting");
        assertThat(metingenPagina).contains("Medewerkersenquête").doesNotContain("Geheime meting");
    }
}
