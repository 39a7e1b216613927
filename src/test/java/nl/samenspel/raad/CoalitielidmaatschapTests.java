package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CoalitielidmaatschapTests {

    static final LocalDate START = LocalDate.of(2022, 6, 1);
    static final LocalDate VOLT_WEG = LocalDate.of(2023, 12, 14);

    @Test
    void aPartyThatLeavesIsCoalitionUntilTheDayBeforeItLeftAndOppositionFromThatDay() {
        Coalitieleden leden = new Coalitieleden(List.of(new Lidmaatschap(1, START, null), new Lidmaatschap(6, START, VOLT_WEG)));
        assertThat(leden.inCoalitie(6, VOLT_WEG.minusDays(1))).isTrue();
        assertThat(leden.inCoalitie(6, VOLT_WEG)).isFalse();
        assertThat(leden.inCoalitie(1, VOLT_WEG)).isTrue();
        assertThat(leden.op(VOLT_WEG)).containsExactly(1L);
        assertThat(leden.op(VOLT_WEG.minusDays(1))).containsExactlyInAnyOrder(1L, 6L);
    }

    @Test
    void nobodyIsCoalitionBeforeTheCoalitionStarted() {
        Coalitieleden leden = new Coalitieleden(List.of(new Lidmaatschap(1, START, null)));
        assertThat(leden.inCoalitie(1, START.minusDays(1))).isFalse();
        assertThat(leden.inCoalitie(1, START)).isTrue();
    }

    @Test
    void aPartyCanReturnInALaterCoalition() {
        Coalitieleden leden = new Coalitieleden(List.of(new Lidmaatschap(3, LocalDate.of(2018, 5, 1), LocalDate.of(2022, 4, 1)),
                new Lidmaatschap(3, LocalDate.of(2022, 6, 1), null)));
        assertThat(leden.inCoalitie(3, LocalDate.of(2022, 5, 1))).isFalse();
        assertThat(leden.inCoalitie(3, LocalDate.of(2022, 6, 1))).isTrue();
        assertThat(leden.inCoalitie(3, LocalDate.of(2019, 1, 1))).isTrue();
    }

    @Test
    void aMembershipMustEndAfterItStarts() {
        assertThatThrownBy(() -> new Lidmaatschap(1, START, START)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void membershipHoldsExactlyOnTheDaysFromVanafUntilBeforeTot(@ForAll @IntRange(min = 0, max = 3000) int begin,
            @ForAll @IntRange(min = 1, max = 3000) int duur, @ForAll @IntRange(min = -100, max = 6200) int dag) {
        LocalDate vanaf = START.plusDays(begin);
        LocalDate tot = vanaf.plusDays(duur);
        LocalDate datum = START.plusDays(dag);
        boolean verwacht = !datum.isBefore(vanaf) && datum.isBefore(tot);
        assertThat(new Lidmaatschap(1, vanaf, tot).geldtOp(datum)).isEqualTo(verwacht);
        assertThat(new Lidmaatschap(1, vanaf, null).geldtOp(datum)).isEqualTo(!datum.isBefore(vanaf));
    }
}
