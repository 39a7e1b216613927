package nl.samenspel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaalControllerTests {

    @ParameterizedTest
    @CsvSource({
        "/beheer/afdelingen, /beheer/afdelingen",
        "/, /",
        "//evil.example/pad, /",
        "https://evil.example/, /",
        "/\\evil.example, /",
        "beheer, /"})
    void returnsOnlyToPathsOnThisSite(String terug, String verwacht) {
        assertThat(TaalController.veiligTerug(terug)).isEqualTo(verwacht);
    }
}
