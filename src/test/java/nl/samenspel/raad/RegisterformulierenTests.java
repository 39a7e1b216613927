package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The register forms' rules without Spring: which field gets which message for which input. */
class RegisterformulierenTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);
    static final Partij VOLT = new Partij(1L, 7L, "Volt", null, Partij.Partijsoort.LANDELIJK, null);
    static final Partij STAD = new Partij(2L, 7L, "Stadspartij", null, Partij.Partijsoort.LOKAAL, null);
    static final Map<Long, Partij> PARTIJEN = Map.of(1L, VOLT, 2L, STAD);
    static final List<Raadsperiode> PERIODES = List.of(new Raadsperiode(1L, 7L, "2022-2026", LocalDate.of(2022, 4, 1), LocalDate.of(2026, 3, 31)));

    @Test
    void numbersAreReadWithADutchCommaAPointOrThousandsSeparators() {
        assertThat(Veldcontrole.leesGetal("7,3")).isEqualByComparingTo("7.3");
        assertThat(Veldcontrole.leesGetal("7.3")).isEqualByComparingTo("7.3");
        assertThat(Veldcontrole.leesGetal("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(Veldcontrole.leesGetal("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(Veldcontrole.leesGetal("228")).isEqualByComparingTo("228");
        assertThat(Veldcontrole.leesGetal("-2")).isEqualByComparingTo("-2");
        for (String geenGetal : List.of("zeven", "7,3,1", "1e3", "7,", ",5", "1.2.3", "NaN")) {
            assertThat(Veldcontrole.leesGetal(geenGetal)).as(geenGetal).isNull();
        }
    }

    @Test
    void aPartijNeedsAFreeNameCaseInsensitivelyAndASoort() {
        PartijFormulier f = new PartijFormulier();
        f.setNaam(" volt ");
        BindingResult fouten = fouten(f);
        assertThat(f.controleer(fouten, List.of(VOLT, STAD), null)).isEmpty();
        assertThat(codes(fouten)).containsExactly("naam=raad.fout.partij.bestaat", "soort=raad.fout.soort.leeg");
        f.setSoort("LOKAAL");
        assertThat(f.controleer(fouten(f), List.of(VOLT, STAD), 1L)).as("its own name is free for Volt itself")
                .hasValueSatisfying(g -> assertThat(g.naam()).isEqualTo("volt"));
    }

    @Test
    void electionSeatsAreWholeNumbersFromZeroToFortyFiveAndTogetherFitOneRaad() {
        VerkiezingFormulier f = new VerkiezingFormulier();
        f.setDatum("2026-03-18");
        f.setZetels(new java.util.LinkedHashMap<>(Map.of(1L, "veel", 2L, "-1")));
        BindingResult fouten = fouten(f);
        assertThat(f.controleer(fouten, PARTIJEN, VANDAAG)).isEmpty();
        assertThat(codes(fouten)).containsExactlyInAnyOrder("zetels[1]=raad.fout.zetels.geen-getal", "zetels[2]=raad.fout.zetels.te-klein");
        f.setZetels(new java.util.LinkedHashMap<>(Map.of(1L, "40", 2L, "6")));
        fouten = fouten(f);
        assertThat(f.controleer(fouten, PARTIJEN, VANDAAG)).isEmpty();
        assertThat(codes(fouten)).containsExactly("zetels=raad.fout.zetels.totaal");
        f.setZetels(new java.util.LinkedHashMap<>(Map.of(1L, "40", 2L, "")));
        assertThat(f.controleer(fouten(f), PARTIJEN, VANDAAG)).hasValueSatisfying(i -> assertThat(i.zetels()).isEqualTo(Map.of(1L, 40)));
        f.setZetels(new java.util.LinkedHashMap<>(Map.of(99L, "3")));
        fouten = fouten(f);
        assertThat(f.controleer(fouten, PARTIJEN, VANDAAG)).isEmpty();
        assertThat(fouten.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("raad.fout.zetels.onbekende-partij");
    }

    @Test
    void aPartijLeavesOnlyACoalitieItSitsInAfterItJoinedAndBeforeItEnded() {
        Coalitie coalitie = new Coalitie(5L, 7L, "Coalitie 2022", LocalDate.of(2022, 5, 1), LocalDate.of(2025, 1, 1),
                Set.of(new Coalitie.Coalitiepartij(1L, LocalDate.of(2022, 5, 1), null)));
        assertThat(vertrek(coalitie, "2", "2023-01-01")).containsExactly("partij=raad.fout.vertrek.geen-lid");
        assertThat(vertrek(coalitie, "1", "2022-05-01")).containsExactly("datum=raad.fout.vertrek.te-vroeg");
        assertThat(vertrek(coalitie, "1", "2025-02-01")).containsExactly("datum=raad.fout.vertrek.na-einde");
        assertThat(vertrek(coalitie, "1", "2027-02-01")).containsExactly("datum=raad.fout.datum.toekomst");
        assertThat(vertrek(coalitie, "x", "")).containsExactly("partij=raad.fout.partij.leeg", "datum=raad.fout.vertrek.datum.leeg");
        assertThat(vertrek(coalitie, "1", "2023-12-14")).isEmpty();
    }

    @Test
    void aCoalitieStartsInARaadsperiodeWithPartijenThatSitInNoOtherCoalitie() {
        Coalitie zittend = new Coalitie(5L, 7L, "Coalitie 2022", LocalDate.of(2022, 5, 1), null,
                Set.of(new Coalitie.Coalitiepartij(1L, LocalDate.of(2022, 5, 1), LocalDate.of(2023, 12, 14))));
        CoalitieFormulier f = new CoalitieFormulier();
        f.setNaam("Nieuw");
        f.setBegin("2023-06-01");
        f.setPartijen(List.of(1L, 2L));
        BindingResult fouten = fouten(f);
        assertThat(f.controleer(fouten, PARTIJEN, List.of(zittend), PERIODES, VANDAAG)).isEmpty();
        assertThat(codes(fouten)).containsExactly("partijen=raad.fout.partijen.al-in-coalitie");
        f.setBegin("2023-12-14");
        assertThat(f.controleer(fouten(f), PARTIJEN, List.of(zittend), PERIODES, VANDAAG)).as("Volt left that day").isPresent();
        f.setBegin("2026-06-01");
        fouten = fouten(f);
        assertThat(f.controleer(fouten, PARTIJEN, List.of(zittend), PERIODES, VANDAAG)).isEmpty();
        assertThat(codes(fouten)).containsExactly("begin=raad.fout.datum.buiten-periodes");
    }

    @Test
    void raadsperiodesDoNotOverlapAndEndOnOrAfterTheyBegin() {
        PeriodeFormulier f = new PeriodeFormulier();
        f.setNaam("2026-2030");
        f.setBegin("2026-03-31");
        f.setEinde("2030-03-31");
        BindingResult fouten = fouten(f);
        assertThat(f.controleer(fouten, PERIODES)).isEmpty();
        assertThat(codes(fouten)).containsExactly("begin=raad.fout.periode.overlap");
        f.setBegin("2026-04-01");
        assertThat(f.controleer(fouten(f), PERIODES)).isPresent();
        f.setEinde("2026-03-31");
        fouten = fouten(f);
        assertThat(f.controleer(fouten, PERIODES)).isEmpty();
        assertThat(codes(fouten)).containsExactly("einde=raad.fout.einde.voor-begin");
    }

    @Test
    void aReferentiewaardeIsANumberFromZeroBelowAMillionWithAtMostTwoDecimals() {
        ReferentieFormulier f = new ReferentieFormulier();
        f.setIndicator("FRACTIES");
        f.setGemeentegrootte("alle gemeenten");
        f.setBron("Vragenlijst");
        for (var geval : Map.of("7,3", "", "-1", "waarde=raad.fout.waarde.negatief", "1000000", "waarde=raad.fout.waarde.te-groot",
                "7,333", "waarde=raad.fout.waarde.decimalen", "zeven", "waarde=raad.fout.getal.ongeldig", " ", "waarde=raad.fout.waarde.leeg")
                .entrySet()) {
            f.setWaarde(geval.getKey());
            BindingResult fouten = fouten(f);
            var uitkomst = f.controleer(fouten, List.of(), null);
            assertThat(String.join(",", codes(fouten))).as(geval.getKey()).isEqualTo(geval.getValue());
            assertThat(uitkomst.map(Referentiewaarde::waarde)).as(geval.getKey())
                    .isEqualTo(geval.getValue().isEmpty() ? java.util.Optional.of(new BigDecimal("7.3")) : java.util.Optional.empty());
        }
    }

    @Test
    void aReferentiewaardeShowsItsValueWithADecimalComma() {
        var r = new Referentiewaarde(1L, 7L, Referentiewaarde.Indicator.FRACTIES, "alle gemeenten", new BigDecimal("7.30"), "bron");
        assertThat(ReferentieFormulier.van(r).getWaarde()).isEqualTo("7,3");
    }

    private static List<String> vertrek(Coalitie coalitie, String partij, String datum) {
        VertrekFormulier f = new VertrekFormulier();
        f.setPartij(partij);
        f.setDatum(datum);
        BindingResult fouten = fouten(f);
        f.controleerVertrek(fouten, coalitie, PARTIJEN, VANDAAG);
        return codes(fouten);
    }

    private static BindingResult fouten(Object formulier) {
        return new BeanPropertyBindingResult(formulier, "formulier");
    }

    private static List<String> codes(BindingResult fouten) {
        return fouten.getFieldErrors().stream().map(e -> e.getField() + "=" + e.getCode()).toList();
    }
}
