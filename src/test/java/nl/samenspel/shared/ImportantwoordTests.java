package nl.samenspel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImportantwoordTests {

    @Test
    void theWaitComesFromThePreferHeaderAndIsCapped() {
        assertThat(Importantwoord.wachttijd(null)).isZero();
        assertThat(Importantwoord.wachttijd("respond-async")).isZero();
        assertThat(Importantwoord.wachttijd("wait=10")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Importantwoord.wachttijd("respond-async, Wait = 5")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Importantwoord.wachttijd("handling=lenient; wait=\"3\"")).isEqualTo(Duration.ofSeconds(3));
        assertThat(Importantwoord.wachttijd("wait=3600")).isEqualTo(Importantwoord.MAX_WACHT);
        assertThat(Importantwoord.wachttijd("wait=-1")).isZero();
        assertThat(Importantwoord.wachttijd("wait=veel")).isZero();
    }

    @Test
    void aRunningImportIsAcceptedWithItsStatusResourceAndAFinishedOneIsAnsweredWithItsOutcome() {
        URI status = URI.create("http://localhost/api/v1/raad/importen/7");
        var bezig = Importantwoord.van(status, true, Duration.ZERO, "document");
        assertThat(bezig.getStatusCode().value()).isEqualTo(202);
        assertThat(bezig.getHeaders().getLocation()).isEqualTo(status);
        assertThat(bezig.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(bezig.getHeaders().getFirst("Preference-Applied")).isNull();
        assertThat(Importantwoord.van(status, false, Duration.ZERO, "document").getStatusCode().value())
                .as("without Prefer: wait always 202, even when the import was that quick").isEqualTo(202);
        assertThat(Importantwoord.van(status, true, Duration.ofSeconds(10), "document").getStatusCode().value())
                .as("asked to wait, but still running").isEqualTo(202);

        var klaar = Importantwoord.van(status, false, Duration.ofSeconds(10), "document");
        assertThat(klaar.getStatusCode().value()).isEqualTo(200);
        assertThat(klaar.getHeaders().getFirst("Content-Location")).isEqualTo(status.toString());
        assertThat(klaar.getHeaders().getFirst("Preference-Applied")).isEqualTo("wait=10");
        assertThat(klaar.getBody()).isEqualTo("document");
    }
}
