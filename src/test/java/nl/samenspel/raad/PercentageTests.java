package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PercentageTests {

    @Test
    void reproducesEveryPercentagePrintedInTables4And5OfTheSeed() {
        assertThat(Percentage.heel(16, 21)).isEqualTo(76);
        assertThat(Percentage.heel(2, 21)).isEqualTo(10);
        assertThat(Percentage.heel(19, 87)).isEqualTo(22);
        assertThat(Percentage.heel(60, 87)).isEqualTo(69);
        assertThat(Percentage.heel(17, 51)).isEqualTo(33);
        assertThat(Percentage.heel(5, 51)).isEqualTo(10);
        assertThat(Percentage.heel(23, 184)).isEqualTo(13);
        assertThat(Percentage.heel(104, 184)).isEqualTo(57);
    }

    @Test
    void anExactHalfRoundsUpAsInTable5() {
        assertThat(Percentage.heel(23, 184)).as("12.5 %").isEqualTo(13);
        assertThat(Percentage.heel(1, 8)).as("12.5 %").isEqualTo(13);
        assertThat(Percentage.heel(1, 200)).as("0.5 %").isEqualTo(1);
        assertThat(Percentage.heel(1, 201)).as("0.497 %").isZero();
    }

    @Test
    void nothingToDivideByGivesNoPercentage() {
        assertThat(Percentage.heel(0, 0)).isNull();
    }

    @Test
    void aPartLargerThanTheWholeIsAProgrammingError() {
        assertThatThrownBy(() -> Percentage.heel(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.heel(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theWholePercentageIsWithinHalfAPercentOfTheExactShare(@ForAll @IntRange(min = 1, max = 2_000_000) int geheel,
            @ForAll @IntRange(min = 0, max = 2_000_000) int deelRuw) {
        int deel = deelRuw % (geheel + 1);
        int procent = Percentage.heel(deel, geheel);
        double exact = 100.0 * deel / geheel;
        assertThat(procent).isBetween(0, 100);
        assertThat(Math.abs(procent - exact)).isLessThanOrEqualTo(0.5 + 1e-9);
        if (Math.abs(exact - Math.floor(exact) - 0.5) < 1e-12) {
            assertThat(procent).as("half rounds up").isEqualTo((int) Math.ceil(exact));
        }
    }

    @Property
    void moreOfTheSameWholeNeverGivesALowerPercentage(@ForAll @IntRange(min = 1, max = 100_000) int geheel,
            @ForAll @IntRange(min = 0, max = 99_999) int deelRuw) {
        int deel = deelRuw % geheel;
        assertThat(Percentage.heel(deel + 1, geheel)).isGreaterThanOrEqualTo(Percentage.heel(deel, geheel));
    }

    @Property
    void noneIsZeroAndAllIsHundred(@ForAll @IntRange(min = 1, max = 10_000_000) int geheel) {
        assertThat(Percentage.heel(0, geheel)).isZero();
        assertThat(Percentage.heel(geheel, geheel)).isEqualTo(100);
    }
}
