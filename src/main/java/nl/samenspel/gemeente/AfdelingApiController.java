package nl.samenspel.gemeente;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.StringReader;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/afdelingen")
@Tag(name = "afdelingen", description = "Afdelingen van de eigen gemeente")
class AfdelingApiController {

    private final AfdelingService afdelingen;

    AfdelingApiController(AfdelingService afdelingen) {
        this.afdelingen = afdelingen;
    }

    @GetMapping
    @Operation(summary = "Alle afdelingen van de eigen gemeente, op naam")
    List<Afdeling> lijst(Sessiegebruiker gebruiker) {
        return afdelingen.vanGemeente(gebruiker.gemeenteId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén afdeling")
    Afdeling afdeling(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return afdelingen.afdeling(gebruiker.gemeenteId(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(summary = "Afdeling toevoegen (beheerder)")
    Afdeling voegToe(Sessiegebruiker gebruiker, @Valid @RequestBody AfdelingGegevens gegevens) {
        return afdelingen.voegToe(gebruiker.gemeenteId(), gegevens);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(summary = "Afdeling hernoemen (beheerder); de code blijft gelijk")
    Afdeling hernoem(Sessiegebruiker gebruiker, @PathVariable Long id, @Valid @RequestBody AfdelingGegevens gegevens) {
        return afdelingen.hernoem(gebruiker.gemeenteId(), id, gegevens.naam());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(summary = "Afdeling verwijderen (beheerder), als ze nergens in gebruik is")
    void verwijder(Sessiegebruiker gebruiker, @PathVariable Long id) {
        afdelingen.verwijder(gebruiker.gemeenteId(), id);
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(summary = "Afdelingen importeren uit CSV (kopregel code;naam). Eén foute rij: niets opgeslagen, alle fouten gemeld.")
    AfdelingService.ImportResultaat importeer(Sessiegebruiker gebruiker, @RequestBody String csv) {
        return afdelingen.importeer(gebruiker.gemeenteId(), new StringReader(csv));
    }
}
