package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspel.Inloggen;
import nl.samenspel.IntegratieTest;
import nl.samenspel.gemeente.GemeenteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The register forms refuse bad input the way the instrument form does: HTTP 400, the Dutch message next to its
 * field (aria-invalid, aria-describedby) and in the summary at the top, the input kept, and nothing stored.
 */
@IntegratieTest
class RaadRegisterFormulierenIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired GemeenteService gemeenten;
    @Autowired RegisterService register;

    Long gemeente;
    Long volt;
    Long cda;
    Long stad;
    Long coalitie;
    MockHttpSession griffie;

    @BeforeEach
    void nieuweGemeente() throws Exception {
        String griffier = "griffier-register-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        gemeente = RaadInvoerIntegrationTests.gemeenteMetGriffier(gemeenten, jdbc, "Registerstad", griffier);
        volt = partij("Volt");
        cda = partij("CDA");
        stad = partij("Stadspartij");
        register.voegPeriodeToe(gemeente, "2022-2026", LocalDate.of(2022, 4, 1), LocalDate.of(2026, 3, 31));
        Long verkiezing = register.bewaarUitslag(gemeente, LocalDate.of(2022, 3, 16), Map.of(volt, 9, cda, 5, stad, 3)).id();
        register.fractiesUitVerkiezing(gemeente, verkiezing);
        coalitie = register.voegCoalitieToe(gemeente, "Coalitie 2022", LocalDate.of(2022, 5, 1), List.of(volt, cda)).id();
        griffie = Inloggen.als(mvc, griffier, RaadInvoerIntegrationTests.WACHTWOORD);
    }

    @Test
    void aPartijWithoutNameOrSoortOrWithATakenNameIsRefusedFieldByField() throws Exception {
        poster("/raad/partijen", "naam", "", "afkorting", "XYZ")
                .andExpect(fout("naam", "Vul de naam van de partij in"))
                .andExpect(fout("soort", "Kies of de partij lokaal of landelijk is."))
                .andExpect(content().string(containsString("value=\"XYZ\"")));
        poster("/raad/partijen", "naam", "  volt ", "soort", "LOKAAL")
                .andExpect(fout("naam", "Er is in deze gemeente al een partij met de naam Volt."));
        poster("/raad/partijen/" + stad, "naam", "cda", "soort", "LOKAAL")
                .andExpect(fout("naam", "al een partij met de naam CDA"));
        poster("/raad/partijen", "naam", "x".repeat(201), "soort", "LOKAAL")
                .andExpect(fout("naam", "gebruik hooguit 200 tekens (nu 201)"));
        assertThat(register.partijen(gemeente)).extracting(Partij::naam).containsExactly("CDA", "Stadspartij", "Volt");
    }

    @Test
    void aPartijStillInUseSaysWhereAndStays() throws Exception {
        mvc.perform(post("/raad/vragen/nieuw").session(griffie).with(csrf()).param("datum", "2023-03-02").param("indieners", volt.toString()))
                .andExpect(redirectedUrl("/raad/import"));
        poster("/raad/partijen/" + volt + "/verwijderen")
                .andExpect(content().string(containsString("1 motie, amendement of schriftelijke vraag die ze heeft ingediend")))
                .andExpect(content().string(containsString("Partij Volt kan niet worden verwijderd")))
                .andExpect(content().string(containsString("de uitslag van 1 verkiezing (16-3-2022)")))
                .andExpect(content().string(containsString("1 coalitie (Coalitie 2022)")))
                .andExpect(content().string(containsString("id=\"foutoverzicht\"")));
        assertThat(register.partijen(gemeente)).hasSize(3);
        Long los = partij("Losse Lijst");
        mvc.perform(post("/raad/partijen/" + los + "/verwijderen").session(griffie).with(csrf())).andExpect(redirectedUrl("/raad/partijen"));
        assertThat(register.partijen(gemeente)).hasSize(3);
    }

    @Test
    void anAfsplitsingWithWrongSeatsDatesOrNamesIsRefused() throws Exception {
        int fracties = register.fracties(gemeente).size();
        poster("/raad/fracties/afsplitsing", "moeder", "", "naam", "", "zetels", "twee", "datum", "")
                .andExpect(fout("moeder", "Kies de fractie waarvan leden afsplitsen."))
                .andExpect(fout("naam", "Vul de naam van de nieuwe fractie in"))
                .andExpect(fout("zetels", "twee is geen aantal zetels"))
                .andExpect(fout("datum", "Vul de datum van de afsplitsing in."))
                .andExpect(content().string(containsString("value=\"twee\"")));
        poster("/raad/fracties/afsplitsing", "moeder", stad.toString(), "naam", "Groep Jansen", "zetels", "4", "datum", "2023-06-01")
                .andExpect(fout("zetels", "Er kunnen hooguit 3 zetels afsplitsen van Stadspartij; u vulde 4 in."));
        poster("/raad/fracties/afsplitsing", "moeder", stad.toString(), "naam", "Volt", "zetels", "1", "datum", "2021-06-01")
                .andExpect(fout("datum", "De datum 1-6-2021 valt in geen enkele raadsperiode"))
                .andExpect(fout("moeder", "Stadspartij had op 1-6-2021 geen fractie in de raad"));
        poster("/raad/fracties/afsplitsing", "moeder", stad.toString(), "naam", "Volt", "zetels", "1", "datum", "2099-06-01")
                .andExpect(fout("datum", "De datum 1-6-2099 ligt in de toekomst"));
        poster("/raad/fracties/afsplitsing", "moeder", stad.toString(), "naam", "volt", "zetels", "1", "datum", "2023-06-01")
                .andExpect(fout("naam", "Volt had op 1-6-2023 al een fractie in de raad"));
        assertThat(register.fracties(gemeente)).hasSize(fracties);
        mvc.perform(post("/raad/fracties/afsplitsing").session(griffie).with(csrf()).param("moeder", stad.toString())
                .param("naam", "Groep Jansen").param("zetels", "1").param("datum", "01-06-2023")).andExpect(redirectedUrl("/raad/fracties"));
        assertThat(register.fracties(gemeente)).hasSize(fracties + 2);
    }

    @Test
    void anElectionWithSeatsThatAreNoNumberNegativeOrTooManyIsRefused() throws Exception {
        poster("/raad/verkiezingen", "datum", "2026-03-18", "zetels[" + volt + "]", "veel", "zetels[" + cda + "]", "-1",
                "zetels[" + stad + "]", "46")
                .andExpect(fout("zetels" + volt, "Het aantal zetels van Volt is geen heel getal: veel."))
                .andExpect(fout("zetels" + cda, "Het aantal zetels van CDA kan niet negatief zijn"))
                .andExpect(fout("zetels" + stad, "Stadspartij kan niet 46 zetels hebben"))
                .andExpect(content().string(containsString("value=\"veel\"")));
        poster("/raad/verkiezingen", "datum", "2026-03-18", "zetels[" + volt + "]", "30", "zetels[" + cda + "]", "20")
                .andExpect(groepsfout("zetels", "Samen zijn het 50 zetels"));
        poster("/raad/verkiezingen", "datum", "", "zetels[" + volt + "]", "")
                .andExpect(fout("datum", "Vul de datum van de verkiezing in."))
                .andExpect(groepsfout("zetels", "Vul voor minstens één partij het aantal zetels in."));
        assertThat(register.verkiezingen(gemeente)).hasSize(1);
        mvc.perform(post("/raad/verkiezingen").session(griffie).with(csrf()).param("datum", "2026-03-18")
                .param("zetels[" + volt + "]", "10").param("zetels[" + stad + "]", " 7 ")).andExpect(redirectedUrl("/raad/verkiezingen"));
        assertThat(register.verkiezingen(gemeente)).hasSize(2);
    }

    @Test
    void aCoalitieADepartureAndAnEndAreCheckedAgainstTheRegister() throws Exception {
        poster("/raad/coalities", "naam", "", "begin", "2021-01-01")
                .andExpect(fout("naam", "Vul de naam van de coalitie in"))
                .andExpect(fout("begin", "De datum 1-1-2021 valt in geen enkele raadsperiode"))
                .andExpect(fout("partijen", "Kies minstens één partij van de coalitie."));
        poster("/raad/coalities", "naam", "coalitie 2022", "begin", "2023-01-01", "partijen", volt.toString(), "partijen", stad.toString())
                .andExpect(fout("naam", "al een coalitie met de naam Coalitie 2022"))
                .andExpect(fout("partijen", "Volt zat op 1-1-2023 al in coalitie Coalitie 2022"));
        assertThat(register.coalities(gemeente)).hasSize(1);

        String pad = "/raad/coalities/" + coalitie;
        poster(pad + "/vertrek", "partij", stad.toString(), "datum", "2022-04-01")
                .andExpect(fout("partij", "Stadspartij is geen lid van Coalitie 2022"))
                .andExpect(fout("datum", "De datum van vertrek ligt na het begin van het lidmaatschap (1-5-2022)"));
        poster(pad + "/vertrek", "partij", "", "datum", "morgen")
                .andExpect(fout("partij", "Kies de partij die de coalitie verlaat."))
                .andExpect(fout("datum", "morgen is geen geldige datum"));
        poster(pad + "/einde", "einde", "2022-01-01")
                .andExpect(fout("einde", "De einddatum ligt na de begindatum van de coalitie (1-5-2022)"));
        Coalitie ongewijzigd = register.coalitie(gemeente, coalitie);
        assertThat(ongewijzigd.eindDatum()).isNull();
        assertThat(ongewijzigd.partijen()).allSatisfy(p -> assertThat(p.tot()).isNull());
        mvc.perform(post(pad + "/vertrek").session(griffie).with(csrf()).param("partij", cda.toString()).param("datum", "2023-12-14"))
                .andExpect(redirectedUrl(pad));
        poster(pad + "/vertrek", "partij", cda.toString(), "datum", "2024-01-01")
                .andExpect(fout("partij", "CDA heeft de coalitie al verlaten op 14-12-2023."));
        poster(pad + "/einde", "einde", "2023-06-01")
                .andExpect(fout("einde", "Een partij verliet de coalitie nog op 14-12-2023"));
    }

    @Test
    void aRaadsperiodeWithItsEndBeforeItsStartOrOverlappingAnotherIsRefused() throws Exception {
        poster("/raad/periodes", "naam", "2026-2030", "begin", "2030-03-31", "einde", "2026-04-01")
                .andExpect(fout("einde", "De einddatum 1-4-2026 ligt voor de begindatum 31-3-2030"))
                .andExpect(content().string(containsString("value=\"2026-2030\"")));
        poster("/raad/periodes", "naam", "2022-2026", "begin", "2025-04-01", "einde", "2029-03-31")
                .andExpect(fout("naam", "al een raadsperiode 2022-2026"))
                .andExpect(fout("begin", "Deze periode overlapt met raadsperiode 2022-2026 (1-4-2022 tot en met 31-3-2026)"));
        poster("/raad/periodes", "naam", "", "begin", "", "einde", "31-02-2030")
                .andExpect(fout("naam", "Vul de naam van de raadsperiode in"))
                .andExpect(fout("begin", "Vul de begindatum van de raadsperiode in"))
                .andExpect(fout("einde", "31-02-2030 is geen geldige datum"));
        assertThat(register.periodes(gemeente)).hasSize(1);
        mvc.perform(post("/raad/periodes").session(griffie).with(csrf()).param("naam", "2026-2030").param("begin", "2026-04-01")
                .param("einde", "2030-03-31")).andExpect(redirectedUrl("/raad"));
        assertThat(register.periodes(gemeente)).hasSize(2);
    }

    @Test
    void aReferentiewaardeAcceptsADecimalCommaAndRefusesWhatIsNoNumber() throws Exception {
        poster("/raad/referenties", "indicator", "", "gemeentegrootte", "", "waarde", "zeven", "bron", "")
                .andExpect(fout("indicator", "Kies de indicator"))
                .andExpect(fout("gemeentegrootte", "Vul in voor welke gemeenten de waarde geldt"))
                .andExpect(fout("waarde", "zeven is geen getal"))
                .andExpect(fout("bron", "Vermeld de bron"));
        poster("/raad/referenties", "indicator", "MOTIES", "gemeentegrootte", "Alle gemeenten", "waarde", "-3", "bron", "Eigen telling")
                .andExpect(fout("gemeentegrootte", "Voor deze indicator is er al een waarde voor alle gemeenten"))
                .andExpect(fout("waarde", "De waarde kan niet negatief zijn"));
        poster("/raad/referenties", "indicator", "MOTIES", "gemeentegrootte", "tot 20.000 inwoners", "waarde", "7,325", "bron", "Eigen telling")
                .andExpect(fout("waarde", "hooguit twee cijfers achter de komma"));
        int aantal = aantalReferenties();
        mvc.perform(post("/raad/referenties").session(griffie).with(csrf()).param("indicator", "MOTIES")
                .param("gemeentegrootte", "tot 20.000 inwoners").param("waarde", "1.234,5").param("bron", "Eigen telling"))
                .andExpect(redirectedUrl("/raad/referenties"));
        assertThat(aantalReferenties()).isEqualTo(aantal + 1);
        assertThat(jdbc.sql("SELECT waarde FROM referentiewaarde WHERE gemeente_id = ? AND gemeentegrootte = 'tot 20.000 inwoners'")
                .param(gemeente).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1234.5");
        Long id = jdbc.sql("SELECT id FROM referentiewaarde WHERE gemeente_id = ? AND gemeentegrootte = 'tot 20.000 inwoners'")
                .param(gemeente).query(Long.class).single();
        poster("/raad/referenties/" + id, "indicator", "MOTIES", "gemeentegrootte", "tot 20.000 inwoners", "waarde", "1000000", "bron", "x")
                .andExpect(fout("waarde", "De waarde 1000000 is te groot"));
    }

    /** Posts as the griffier and expects the page back with HTTP 400 and an error summary. */
    private ResultActions poster(String pad, String... velden) throws Exception {
        var verzoek = post(pad).session(griffie).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            verzoek.param(velden[i], velden[i + 1]);
        }
        return mvc.perform(verzoek).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"foutoverzicht\"")));
    }

    /** The message next to the field, the field marked invalid and described by it, and a summary link to the field. */
    private static ResultMatcher fout(String veld, String melding) {
        return resultaat -> {
            String html = resultaat.getResponse().getContentAsString();
            assertThat(html).contains("href=\"#" + veld + "\"");
            int bericht = html.indexOf("id=\"" + veld + "-fout\"");
            assertThat(bericht).as("message next to " + veld).isPositive();
            assertThat(html.substring(bericht, html.indexOf("</p>", bericht))).contains(melding);
            assertThat(html).containsPattern("aria-describedby=\"[^\"]*" + veld + "-fout\"");
            assertThat(html).containsPattern("(?s)id=\"" + veld + "[0-9]*\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"" + veld + "[0-9]*\"");
        };
    }

    /** An error about a group of fields: the message in the group, the group described by it, a summary link to it. */
    private static ResultMatcher groepsfout(String groep, String melding) {
        return resultaat -> {
            String html = resultaat.getResponse().getContentAsString();
            assertThat(html).contains("href=\"#" + groep + "\"");
            assertThat(html).containsPattern("id=\"" + groep + "\"[^>]*aria-describedby=\"" + groep + "-fout\"");
            int bericht = html.indexOf("id=\"" + groep + "-fout\"");
            assertThat(html.substring(bericht, html.indexOf("</p>", bericht))).contains(melding);
        };
    }

    private Long partij(String naam) {
        return register.bewaarPartij(gemeente, null, new RegisterService.PartijGegevens(naam, null, Partij.Partijsoort.LOKAAL, null)).id();
    }

    private int aantalReferenties() {
        return jdbc.sql("SELECT COUNT(*) FROM referentiewaarde WHERE gemeente_id = ?").param(gemeente).query(Integer.class).single();
    }
}
