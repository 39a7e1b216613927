package nl.samenspel.enquete;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "responsen", description = "Anoniem antwoorden met een uitnodigingscode; geen inlog nodig")
class ResponsApiController {

    /** {@code afdelingId} only when the invitation does not assign one; answers per question code, 1 (altijd) to 5 (nooit). */
    record Inzending(String code, Long afdelingId, Map<String, Integer> antwoorden, String opmerking) {
    }

    private final RespondentService invullen;

    ResponsApiController(RespondentService invullen) {
        this.invullen = invullen;
    }

    @PostMapping("/api/v1/responsen")
    @Operation(summary = "Een respons indienen met een eenmalige uitnodigingscode. Bewaard worden alleen afdeling, antwoorden, opmerking en de dag.")
    ResponseEntity<?> dienIn(@RequestBody Inzending inzending) {
        List<Invulregels.Fout> fouten = invullen.dienIn(inzending.code() == null ? "" : inzending.code(), inzending.afdelingId(),
                inzending.antwoorden() == null ? Map.of() : inzending.antwoorden(), inzending.opmerking());
        if (fouten.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ontvangen", true));
        }
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De respons is niet volledig: " + String.join(" ", fouten.stream().map(Invulregels.Fout::melding).toList()));
        probleem.setTitle("Ongeldige respons");
        probleem.setProperty("fouten", fouten.stream().map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        return ResponseEntity.badRequest().body(probleem);
    }

    @GetMapping("/api/v1/vragenlijsten/enquete")
    @Operation(summary = "De vaste vragenlijst van de enquête: vijf indicatoren en werkbeleving, schaal, polariteit per vraag en bron")
    Instrument instrument() {
        return InstrumentLezer.standaard();
    }
}
