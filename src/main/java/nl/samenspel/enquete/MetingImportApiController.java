package nl.samenspel.enquete;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The enquête import through the API, as a long-running operation on the same background import as the page
 * ({@link MetingImporten}): POST answers 202 with the status resource in Location, GET of that resource shows progress
 * and outcome. Only the beheerder, only the own gemeente's imports (another gemeente's: 404).
 */
@RestController
@PreAuthorize("hasAnyRole('BEHEERDER', 'BURGEMEESTER', 'GRIFFIER', 'GEMEENTESECRETARIS', 'MEDEWERKER', 'BEGELEIDINGSCOMMISSIE')")
@Tag(name = "metingen")
class MetingImportApiController {

    @Schema(description = "Een import op de achtergrond: BEZIG, GELUKT, AFGEKEURD (het bestand; fouten met rij en kolom, niets opgeslagen) "
            + "of MISLUKT (onderbroken of technisch mislukt; niets opgeslagen)")
    record MetingImportstatus(Long id, Long metingId, MetingImport.Status status,
            @Schema(description = "rijen gelezen tot nu toe") int rijen,
            @Schema(description = "verwacht aantal rijen (niet-lege regels na de kopregel); null als onbekend", nullable = true) Integer totaal,
            int geimporteerd, List<Importmelding> fouten, Instant gestartOp, @Schema(nullable = true) Instant klaarOp) {

        static MetingImportstatus van(MetingImport i) {
            return new MetingImportstatus(i.id(), i.metingId(), i.status(), i.rijen(), i.totaal(), i.geimporteerd(),
                    Importmelding.van(i.fouten()), i.gestartOp(), i.klaarOp());
        }
    }

    private final MetingImporten importen;

    MetingImportApiController(MetingImporten importen) {
        this.importen = importen;
    }

    @PostMapping("/api/v1/metingen/{id}/import")
    @Operation(summary = "Eerdere resultaten importeren uit CSV (kopregel afdeling;L1;...;WB5[;opmerking]), op de achtergrond (beheerder)",
            description = "Antwoordt 202 met Location naar de status van de import. Met Prefer: wait=N (hoogstens 30) wacht het antwoord "
                    + "tot N seconden: is de import dan klaar, dan volgt 200 met de eindstatus. Eén foute rij: status AFGEKEURD, niets opgeslagen.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ImportGestartAntwoorden
    ResponseEntity<MetingImportstatus> importeer(Sessiegebruiker gebruiker, @PathVariable Long id,
            @Parameter(description = Importantwoord.PREFER)
            @RequestHeader(name = "Prefer", required = false) String prefer, HttpServletRequest verzoek) throws IOException {
        Long importId = importen.start(gebruiker, id, null, verzoek.getInputStream());
        Duration wacht = Importantwoord.wachttijd(prefer);
        importen.wacht(importId, wacht);
        MetingImport taak = importen.importVan(gebruiker, importId);
        URI status = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/enquete/importen/{id}").buildAndExpand(importId).toUri();
        return Importantwoord.van(status, taak.bezig(), wacht, MetingImportstatus.van(taak));
    }

    @GetMapping("/api/v1/enquete/importen/{id}")
    @Operation(summary = "Status van een import (beheerder): rijen gelezen, verwacht totaal, uitkomst en bij afkeuring elke fout met rij en kolom")
    ResponseEntity<MetingImportstatus> status(Sessiegebruiker gebruiker, @PathVariable Long id) {
        MetingImport taak = importen.importVan(gebruiker, id);
        return Importantwoord.status(taak.bezig(), MetingImportstatus.van(taak));
    }
}
