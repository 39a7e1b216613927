package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.enquete.Anonimiteitsdrempel.Reden;
import org.junit.jupiter.api.Test;

/** Hand-computed examples; the properties for random tables are in AnonimiteitsdrempelEigenschappenTests. */
class AnonimiteitsdrempelTests {

    private static Map<String, Integer> groepen(Object... paren) {
        Map<String, Integer> groepen = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            groepen.put((String) paren[i], (Integer) paren[i + 1]);
        }
        return groepen;
    }

    @Test
    void groupsOfAtLeastKAreShownAndNothingElseIsHidden() {
        var uitkomst = new Anonimiteitsdrempel(5).beoordeel(groepen("A", 5, "B", 12, "C", 40));
        assertThat(uitkomst.redenen()).containsExactly(Map.entry("A", Reden.GETOOND), Map.entry("B", Reden.GETOOND),
                Map.entry("C", Reden.GETOOND));
        assertThat(uitkomst.totaalGetoond()).isTrue();
        assertThat(uitkomst.verborgen()).isZero();
    }

    @Test
    void aSingleSmallGroupPullsTheSmallestShownGroupIntoHiding() {
        // Griffie 4 alone would be total minus the rest: hide the smallest other group (Control 6) as well.
        var uitkomst = new Anonimiteitsdrempel(5).beoordeel(groepen("Griffie", 4, "Control", 6, "Burgerzaken", 30));
        assertThat(uitkomst.reden("Griffie")).isEqualTo(Reden.TE_KLEIN);
        assertThat(uitkomst.reden("Control")).isEqualTo(Reden.AANVULLEND);
        assertThat(uitkomst.reden("Burgerzaken")).isEqualTo(Reden.GETOOND);
        assertThat(uitkomst.verborgen()).isEqualTo(10);
    }

    @Test
    void twoSmallGroupsThatTogetherReachKNeedNoComplementarySuppression() {
        var uitkomst = new Anonimiteitsdrempel(5).beoordeel(groepen("A", 3, "B", 2, "C", 8, "D", 9));
        assertThat(uitkomst.redenen().values()).containsExactly(Reden.TE_KLEIN, Reden.TE_KLEIN, Reden.GETOOND, Reden.GETOOND);
        assertThat(uitkomst.verborgen()).isEqualTo(5);
    }

    @Test
    void complementarySuppressionContinuesUntilTheHiddenGroupsReachK() {
        // k = 10: A (2) hidden; the smallest shown is B (10) -> hidden 12, enough.
        var uitkomst = new Anonimiteitsdrempel(10).beoordeel(groepen("A", 2, "B", 10, "C", 11));
        assertThat(uitkomst.redenen().values()).containsExactly(Reden.TE_KLEIN, Reden.AANVULLEND, Reden.GETOOND);
    }

    @Test
    void tiesPickTheFirstGroupInTheGivenOrder() {
        var uitkomst = new Anonimiteitsdrempel(5).beoordeel(groepen("A", 1, "B", 7, "C", 7));
        assertThat(uitkomst.reden("B")).isEqualTo(Reden.AANVULLEND);
        assertThat(uitkomst.reden("C")).isEqualTo(Reden.GETOOND);
    }

    @Test
    void aTotalBelowKIsHiddenToo() {
        var uitkomst = new Anonimiteitsdrempel(5).beoordeel(groepen("A", 2, "B", 2));
        assertThat(uitkomst.totaalGetoond()).isFalse();
        assertThat(uitkomst.redenen().values()).containsOnly(Reden.TE_KLEIN);
    }

    @Test
    void emptyGroupsNeedNoProtectionAndDoNotTriggerSuppression() {
        var uitkomst = new Anonimiteitsdrempel(5).beoordeel(groepen("A", 0, "B", 6, "C", 7));
        assertThat(uitkomst.redenen().values()).containsExactly(Reden.GEEN_RESPONS, Reden.GETOOND, Reden.GETOOND);
    }

    @Test
    void theMinimumGroupSizeIsNeverBelowThree() {
        assertThatThrownBy(() -> new Anonimiteitsdrempel(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Anonimiteitsdrempel(3).beoordeel(groepen("A", 3, "B", 3)).totaalGetoond()).isTrue();
    }

    @Test
    void openCommentsNeedTheLargerGroup() {
        assertThat(Anonimiteitsdrempel.opmerkingenTonen(9, 10)).isFalse();
        assertThat(Anonimiteitsdrempel.opmerkingenTonen(10, 10)).isTrue();
    }
}
