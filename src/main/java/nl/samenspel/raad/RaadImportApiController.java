package nl.samenspel.raad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.samenspel.gemeente.Sessiegebruiker;
import nl.samenspel.shared.ImportGestartAntwoorden;
import nl.samenspel.shared.Importantwoord;
import nl.samenspel.shared.Importmelding;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The raad imports through the API, as long-running operations on the same background import as the page
 * ({@link ImportTaken}): POST answers 202 with the status resource in Location, GET of that resource shows progress
 * and outcome. Beheerder and griffier only, only the own gemeente's imports (another gemeente's: 404).
 */
@RestController
@RequestMapping("/api/v1/raad")
@Tag(name = "raad")
class RaadImportApiController {

    @Schema(description = "Een import op de achtergrond: BEZIG, GELUKT, AFGEKEURD (het bestand; fouten met rij en kolom, onbekende partijen; "
            + "niets opgeslagen) of MISLUKT (onderbroken of technisch mislukt; niets opgeslagen)")
    record RaadImportstatus(Long id, Importformaat formaat, ImportTaak.Status status,
            @Schema(description = "rijen gelezen tot nu toe") int rijen,
            @Schema(description = "verwacht aantal rijen (niet-lege regels, zonder kopregel); null als onbekend", nullable = true) Integer totaal,
            int toegevoegd, @Schema(description = "overgeslagen omdat hun kenmerk er al was") int overgeslagen, List<Importmelding> fouten,
            Instant gestartOp, @Schema(nullable = true) Instant klaarOp) {

        static RaadImportstatus van(ImportTaak t) {
            return new RaadImportstatus(t.id(), t.formaat(), t.status(), t.rijen(), t.totaal(), t.toegevoegd(), t.overgeslagen(),
                    Importmelding.van(t.fouten()), t.gestartOp(), t.klaarOp());
        }
    }

    private static final String OP_DE_ACHTERGROND = "Op de achtergrond: antwoordt 202 met Location naar de status van de import "
            + "(of 200 met de eindstatus, met Prefer: wait=N). Eén foute rij of onbekende partij: status AFGEKEURD, niets opgeslagen, "
            + "alle fouten gemeld.";

    private final ImportTaken taken;

    RaadImportApiController(ImportTaken taken) {
        this.taken = taken;
    }

    @PostMapping(path = "/import/moties", consumes = "text/csv")
    @Operation(summary = "Moties en amendementen importeren (CSV: datum;titel;soort;indieners;uitkomst;kenmerk)", description = OP_DE_ACHTERGROND,
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ImportGestartAntwoorden
    ResponseEntity<RaadImportstatus> importeerMoties(Sessiegebruiker gebruiker,
            @Parameter(description = Importantwoord.PREFER) @RequestHeader(name = "Prefer", required = false) String prefer,
            HttpServletRequest verzoek) throws IOException {
        return importeer(gebruiker, Importformaat.MOTIES_CSV, prefer, verzoek);
    }

    @PostMapping(path = "/import/vragen", consumes = "text/csv")
    @Operation(summary = "Schriftelijke vragen importeren (CSV: datum;titel;indieners;kenmerk)", description = OP_DE_ACHTERGROND,
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ImportGestartAntwoorden
    ResponseEntity<RaadImportstatus> importeerVragen(Sessiegebruiker gebruiker,
            @Parameter(description = Importantwoord.PREFER) @RequestHeader(name = "Prefer", required = false) String prefer,
            HttpServletRequest verzoek) throws IOException {
        return importeer(gebruiker, Importformaat.VRAGEN_CSV, prefer, verzoek);
    }

    @PostMapping(path = "/import/openbesluitvorming", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    @Operation(summary = "OpenBesluitvorming motion-entiteiten importeren (NDJSON, één object per regel)", description = OP_DE_ACHTERGROND,
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))))
    @ImportGestartAntwoorden
    ResponseEntity<RaadImportstatus> importeerNdjson(Sessiegebruiker gebruiker,
            @Parameter(description = Importantwoord.PREFER) @RequestHeader(name = "Prefer", required = false) String prefer,
            HttpServletRequest verzoek) throws IOException {
        return importeer(gebruiker, Importformaat.OPENBESLUITVORMING_NDJSON, prefer, verzoek);
    }

    @GetMapping("/importen/{id}")
    @Operation(summary = "Status van een import (beheerder, griffier): rijen gelezen, verwacht totaal, uitkomst en bij afkeuring elke fout "
            + "met rij en kolom")
    ResponseEntity<RaadImportstatus> status(Sessiegebruiker gebruiker, @PathVariable Long id) {
        RaadToegang.vereisBeheerder(gebruiker);
        ImportTaak taak = taken.taak(gebruiker.gemeenteId(), id);
        return Importantwoord.status(taak.bezig(), RaadImportstatus.van(taak));
    }

    private ResponseEntity<RaadImportstatus> importeer(Sessiegebruiker gebruiker, Importformaat formaat, String prefer,
            HttpServletRequest verzoek) throws IOException {
        RaadToegang.vereisBeheerder(gebruiker);
        Long id = taken.start(gebruiker.gemeenteId(), formaat, null, verzoek.getInputStream());
        Duration wacht = Importantwoord.wachttijd(prefer);
        taken.wacht(id, wacht);
        ImportTaak taak = taken.taak(gebruiker.gemeenteId(), id);
        URI status = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/raad/importen/{id}").buildAndExpand(id).toUri();
        return Importantwoord.van(status, taak.bezig(), wacht, RaadImportstatus.van(taak));
    }
}
