package nl.samenspel.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvulregelsTests {

    @Test
    void aCommentLosesControlCharactersButKeepsItsLines() {
        assertThat(Invulregels.opmerking("  Eerste regel\u0000\r\n\ttweede\u0007 regel  ")).isEqualTo("Eerste regel\r\n\ttweede regel");
    }

    @Test
    void anEmptyOrControlOnlyCommentIsNoComment() {
        assertThat(Invulregels.opmerking(null)).isNull();
        assertThat(Invulregels.opmerking(" \n ")).isNull();
        assertThat(Invulregels.opmerking("\u0000\u0001")).isNull();
    }
}
