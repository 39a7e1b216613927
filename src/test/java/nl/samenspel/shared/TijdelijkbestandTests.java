package nl.samenspel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TijdelijkbestandTests {

    private static final String VOORVOEGSEL = "tijdelijkbestand-test-";

    @Test
    void anUploadUpToTheLimitIsKeptAndDeletedOnClose() throws IOException {
        Path pad;
        try (var bestand = Tijdelijkbestand.van(new ByteArrayInputStream("a;b\n\n1;2\n".getBytes()), VOORVOEGSEL, 9)) {
            pad = bestand.pad();
            assertThat(Files.readString(pad)).isEqualTo("a;b\n\n1;2\n");
            assertThat(bestand.nietLegeRegels()).isEqualTo(2);
        }
        assertThat(pad).doesNotExist();
    }

    @Test
    void anUploadBeyondTheLimitIsRefusedWithADutchMessageAndLeavesNoFile() throws IOException {
        long voor = aantalTijdelijk();
        assertThatThrownBy(() -> Tijdelijkbestand.van(new ByteArrayInputStream(new byte[3 * 1024 * 1024 + 1]), VOORVOEGSEL, 3 * 1024 * 1024))
                .isInstanceOf(BestandTeGrootException.class)
                .hasMessageContaining("groter dan 3 MB")
                .hasMessageContaining("er is niets gewijzigd");
        assertThat(aantalTijdelijk()).isEqualTo(voor);
    }

    private static long aantalTijdelijk() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return bestanden.filter(p -> p.getFileName().toString().startsWith(VOORVOEGSEL)).count();
        }
    }
}
