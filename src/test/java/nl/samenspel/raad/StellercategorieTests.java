package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StellercategorieTests {

    static final LocalDate VOOR = LocalDate.of(2023, 6, 1);
    static final LocalDate NA = LocalDate.of(2024, 6, 1);
    static final Coalitieleden COALITIE = RaadsanalyseTests.MAASTRICHT;
    static final long SPM = RaadsanalyseTests.SPM, CDA = RaadsanalyseTests.CDA, VOLT = RaadsanalyseTests.VOLT,
            GL = RaadsanalyseTests.GL, SP = RaadsanalyseTests.SP;

    @Test
    void theFiveCategoriesOfTable3() {
        assertThat(Stellercategorie.bepaal(Set.of(SPM), VOOR, COALITIE)).isEqualTo(Stellercategorie.EEN_COALITIEPARTIJ);
        assertThat(Stellercategorie.bepaal(Set.of(GL), VOOR, COALITIE)).isEqualTo(Stellercategorie.EEN_OPPOSITIEPARTIJ);
        assertThat(Stellercategorie.bepaal(Set.of(SPM, CDA), VOOR, COALITIE)).isEqualTo(Stellercategorie.MEERDERE_COALITIEPARTIJEN);
        assertThat(Stellercategorie.bepaal(Set.of(GL, SP), VOOR, COALITIE)).isEqualTo(Stellercategorie.MEERDERE_OPPOSITIEPARTIJEN);
        assertThat(Stellercategorie.bepaal(Set.of(SPM, GL, SP), VOOR, COALITIE)).isEqualTo(Stellercategorie.MIX);
    }

    @Test
    void theSameQuestionChangesCategoryWhenAPartyHasLeftTheCoalition() {
        assertThat(Stellercategorie.bepaal(Set.of(VOLT), VOOR, COALITIE)).isEqualTo(Stellercategorie.EEN_COALITIEPARTIJ);
        assertThat(Stellercategorie.bepaal(Set.of(VOLT), NA, COALITIE)).isEqualTo(Stellercategorie.EEN_OPPOSITIEPARTIJ);
        assertThat(Stellercategorie.bepaal(Set.of(CDA, VOLT), VOOR, COALITIE)).isEqualTo(Stellercategorie.MEERDERE_COALITIEPARTIJEN);
        assertThat(Stellercategorie.bepaal(Set.of(CDA, VOLT), NA, COALITIE)).isEqualTo(Stellercategorie.MIX);
        assertThat(Stellercategorie.bepaal(Set.of(GL, VOLT), NA, COALITIE)).isEqualTo(Stellercategorie.MEERDERE_OPPOSITIEPARTIJEN);
    }

    @Test
    void kampFollowsTheSameRule() {
        assertThat(Kamp.bepaal(Set.of(SPM, CDA), VOOR, COALITIE)).isEqualTo(Kamp.COALITIE);
        assertThat(Kamp.bepaal(Set.of(GL), VOOR, COALITIE)).isEqualTo(Kamp.OPPOSITIE);
        assertThat(Kamp.bepaal(Set.of(VOLT, GL), NA, COALITIE)).isEqualTo(Kamp.OPPOSITIE);
        assertThat(Kamp.bepaal(Set.of(VOLT, GL), VOOR, COALITIE)).isEqualTo(Kamp.GEMENGD);
    }

    @Test
    void aQuestionWithoutSubmitterIsRefused() {
        assertThatThrownBy(() -> Stellercategorie.bepaal(Set.of(), VOOR, COALITIE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theCategoryDependsOnlyOnHowManyCoalitionAndOppositionPartiesAsked(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 12) Integer> partijen, @ForAll boolean volgordeOmdraaien) {
        List<Long> ids = new ArrayList<>(partijen.stream().map(Integer::longValue).toList());
        if (volgordeOmdraaien) {
            Collections.reverse(ids);
        }
        long coalitie = ids.stream().distinct().filter(p -> COALITIE.inCoalitie(p, NA)).count();
        long oppositie = ids.stream().distinct().count() - coalitie;
        Stellercategorie categorie = Stellercategorie.bepaal(ids, NA, COALITIE);
        Stellercategorie verwacht = coalitie > 0 && oppositie > 0 ? Stellercategorie.MIX
                : coalitie == 1 ? Stellercategorie.EEN_COALITIEPARTIJ
                : coalitie > 1 ? Stellercategorie.MEERDERE_COALITIEPARTIJEN
                : oppositie == 1 ? Stellercategorie.EEN_OPPOSITIEPARTIJ : Stellercategorie.MEERDERE_OPPOSITIEPARTIJEN;
        assertThat(categorie).isEqualTo(verwacht);
    }
}
