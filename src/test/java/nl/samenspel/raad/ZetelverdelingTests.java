package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Tables 7 and 8 of the seed: the Maastricht raad (39 seats) from 2006 to 2026. */
class ZetelverdelingTests {

    // Partij ids; lokaal: SPM, PVM, SAB, MOED, MVN, LPM, MVP, SBM, CVP and Trots op Nederland (a local list in 2010,
    // which table 8 needs to reach 28 %).
    static final long PVDA = 1, CDA = 2, VVD = 3, GL = 4, D66 = 5, SP = 6, SPM = 7, PVM = 8, PVDD = 9, VOLT = 10, FVD = 11,
            PLUS50 = 12, PVV = 13, SAB = 14, MOED = 15, MVN = 16, LPM = 17, MVP = 18, SBM = 19, CVP = 20, TON = 21;
    static final Set<Long> LOKAAL = Set.of(SPM, PVM, SAB, MOED, MVN, LPM, MVP, SBM, CVP, TON);

    static Zetelverdeling jaar(int jaar) {
        Map<Long, Integer> z = new HashMap<>();
        switch (jaar) {
            case 2006 -> zet(z, PVDA, 13, CDA, 7, VVD, 4, GL, 5, D66, 2, SP, 3, SPM, 3, SBM, 2);
            case 2010 -> zet(z, PVDA, 7, CDA, 7, VVD, 4, GL, 4, D66, 4, SP, 2, SPM, 5, LPM, 1, SBM, 2, CVP, 1, TON, 2);
            case 2014 -> zet(z, PVDA, 5, CDA, 5, VVD, 3, GL, 4, D66, 5, SP, 5, SPM, 6, PVM, 3, LPM, 1, MVP, 1, SBM, 1);
            case 2018 -> zet(z, PVDA, 3, CDA, 5, VVD, 3, GL, 5, D66, 5, SP, 3, SPM, 5, PVM, 3, PLUS50, 1, PVV, 2, SAB, 1, MOED, 2, LPM, 1);
            case 2022 -> zet(z, PVDA, 4, CDA, 4, VVD, 3, GL, 4, D66, 4, SP, 2, SPM, 5, PVM, 3, PVDD, 2, VOLT, 2, FVD, 1, PLUS50, 1,
                    PVV, 1, SAB, 1, MOED, 1, LPM, 1);
            case 2026 -> zet(z, PVDA, 3, CDA, 6, VVD, 3, GL, 4, D66, 6, SP, 2, SPM, 3, PVM, 1, PVDD, 1, VOLT, 2, FVD, 2, PLUS50, 1,
                    PVV, 1, SAB, 1, MOED, 1, MVN, 2);
            default -> throw new IllegalArgumentException();
        }
        return new Zetelverdeling(z, LOKAAL);
    }

    private static void zet(Map<Long, Integer> z, long... paren) {
        for (int i = 0; i < paren.length; i += 2) {
            z.put(paren[i], (int) paren[i + 1]);
        }
    }

    @Test
    void everyElectionFillsAll39Seats() {
        for (int jaar : List.of(2006, 2010, 2014, 2018, 2022, 2026)) {
            assertThat(jaar(jaar).totaal()).as("jaar " + jaar).isEqualTo(39);
        }
    }

    @Test
    void theNumberOfFractiesDoubledFromEightToSixteen() {
        assertThat(jaar(2006).fracties()).isEqualTo(8);
        assertThat(jaar(2026).fracties()).isEqualTo(16);
    }

    @Test
    void localPartiesGrewFromTwoToFive() {
        assertThat(jaar(2006).lokaleFracties()).isEqualTo(2);
        assertThat(jaar(2026).lokaleFracties()).isEqualTo(5);
    }

    @Test
    void reproducesTable8() {
        int[] jaren = {2006, 2010, 2014, 2018, 2022, 2026};
        int[] lokaal = {13, 28, 31, 31, 28, 21};
        int[] landelijk = {87, 72, 69, 69, 72, 79};
        for (int i = 0; i < jaren.length; i++) {
            assertThat(jaar(jaren[i]).lokaalProcent()).as("lokaal " + jaren[i]).isEqualTo(lokaal[i]);
            assertThat(jaar(jaren[i]).landelijkProcent()).as("landelijk " + jaren[i]).isEqualTo(landelijk[i]);
        }
    }

    @Test
    void effectiveNumberOfPartiesByHand() {
        // 2006: 39^2 / (13^2+7^2+4^2+5^2+2^2+3^2+3^2+2^2) = 1521 / 285
        assertThat(jaar(2006).effectiefAantalPartijen()).isCloseTo(5.3368, within(0.0001));
        // 2026: 1521 / 137
        assertThat(jaar(2026).effectiefAantalPartijen()).isCloseTo(11.1022, within(0.0001));
    }

    @Test
    void largestPartyAndCoalitionSize() {
        assertThat(jaar(2006).grootsteProcent()).as("PvdA 13 of 39").isEqualTo(33);
        assertThat(jaar(2022).grootsteProcent()).as("SPM 5 of 39").isEqualTo(13);
        assertThat(jaar(2022).zetelsVan(List.of(SPM, CDA, VVD, D66, PVDA, VOLT, PVM))).isEqualTo(25);
    }

    @Test
    void partiesWithoutSeatsAreNoFractie() {
        Zetelverdeling verdeling = new Zetelverdeling(Map.of(1L, 3, 2L, 0), Set.of());
        assertThat(verdeling.fracties()).isEqualTo(1);
        assertThat(verdeling.effectiefAantalPartijen()).isEqualTo(1.0);
        assertThat(new Zetelverdeling(Map.of(), Set.of()).effectiefAantalPartijen()).isNull();
    }

    @Property
    void theEffectiveNumberLiesBetweenOneAndTheNumberOfFracties(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 20) Integer> zetels) {
        Map<Long, Integer> z = new HashMap<>();
        for (int i = 0; i < zetels.size(); i++) {
            z.put((long) i, zetels.get(i));
        }
        Zetelverdeling verdeling = new Zetelverdeling(z, new HashSet<>());
        double enp = verdeling.effectiefAantalPartijen();
        assertThat(enp).isBetween(1.0 - 1e-9, verdeling.fracties() + 1e-9);
        if (zetels.stream().distinct().count() == 1) {
            assertThat(enp).as("equal fracties: exactly their number").isCloseTo(zetels.size(), within(1e-9));
        }
        assertThat(verdeling.lokaalProcent() + verdeling.landelijkProcent()).isBetween(99, 101);
    }
}
