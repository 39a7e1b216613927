package nl.samenspel.gemeente.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InlogbegrenzingTests {

    private final Inlogbegrenzing regel = new Inlogbegrenzing(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    private Inlogbegrenzing.Stand mislukkingen(int aantal, Duration tussenpoos) {
        Inlogbegrenzing.Stand stand = null;
        for (int i = 0; i < aantal; i++) {
            stand = regel.naMislukking(stand, start.plus(tussenpoos.multipliedBy(i)));
        }
        return stand;
    }

    @Test
    void fourFailuresDoNotBlock() {
        var stand = mislukkingen(4, Duration.ofSeconds(10));
        assertThat(stand.mislukt()).isEqualTo(4);
        assertThat(regel.isGeblokkeerd(stand, start.plusSeconds(40))).isFalse();
    }

    @Test
    void theFifthFailureBlocksForFifteenMinutes() {
        var stand = mislukkingen(5, Duration.ofSeconds(10));
        Instant vijfde = start.plusSeconds(40);
        assertThat(stand.geblokkeerdTot()).isEqualTo(vijfde.plus(Duration.ofMinutes(15)));
        assertThat(regel.isGeblokkeerd(stand, vijfde.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(regel.isGeblokkeerd(stand, vijfde.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowStartANewCount() {
        var stand = mislukkingen(5, Duration.ofMinutes(4)); // 0, 4, 8, 12, 16 minutes: the fifth opens a new window
        assertThat(stand.mislukt()).isEqualTo(1);
        assertThat(stand.geblokkeerdTot()).isNull();
    }

    @Test
    void failingWhileBlockedKeepsCountingInsteadOfResetting() {
        var stand = mislukkingen(5, Duration.ofSeconds(1)); // blocked until 15:04 after the start
        var naVenster = start.plus(Duration.ofMinutes(15)).plusSeconds(1); // window over, block not
        var later = regel.naMislukking(stand, naVenster);
        assertThat(later.mislukt()).isEqualTo(6);
        assertThat(regel.isGeblokkeerd(later, naVenster.plus(Duration.ofMinutes(14)))).isTrue();
    }

    @Test
    void noStandMeansNotBlocked() {
        assertThat(regel.isGeblokkeerd(null, start)).isFalse();
    }

    @Test
    void rejectsASenselessConfiguration() {
        assertThatThrownBy(() -> new Inlogbegrenzing(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void blockedExactlyWhenTheMaximumIsReachedWithinOneWindow(@ForAll @IntRange(min = 1, max = 12) int aantal) {
        var stand = mislukkingen(aantal, Duration.ofSeconds(5));
        assertThat(regel.isGeblokkeerd(stand, start.plusSeconds(5L * aantal))).isEqualTo(aantal >= 5);
    }
}
