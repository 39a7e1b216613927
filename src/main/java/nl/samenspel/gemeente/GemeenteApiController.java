package nl.samenspel.gemeente;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import nl.samenspel.shared.NietGevondenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gemeenten")
@Tag(name = "gemeenten", description = "Gemeenten (tenants). Een gebruiker ziet alleen de eigen gemeente.")
class GemeenteApiController {

    record GemeenteAanvraag(@Valid GemeenteGegevens gemeente, @Valid NieuweGebruiker beheerder) {
    }

    private final GemeenteService gemeenten;

    GemeenteApiController(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @GetMapping
    @Operation(summary = "Gemeenten die u mag zien: de eigen gemeente, of alle voor een platformbeheerder")
    List<Gemeente> lijst(Sessiegebruiker gebruiker) {
        return gebruiker.platformbeheerder() ? gemeenten.alle() : List.of(gemeenten.gemeente(gebruiker.gemeenteId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén gemeente")
    Gemeente gemeente(Sessiegebruiker gebruiker, @PathVariable Long id) {
        return gemeenten.gemeente(toegestaan(gebruiker, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nieuwe gemeente met eerste beheerder (alleen platformbeheerder)")
    Gemeente maak(@Valid @RequestBody GemeenteAanvraag aanvraag) {
        return gemeenten.maak(aanvraag.gemeente(), aanvraag.beheerder());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(summary = "Naam, inwonertal en raadszetels van de eigen gemeente wijzigen (beheerder)")
    Gemeente wijzig(Sessiegebruiker gebruiker, @PathVariable Long id, @Valid @RequestBody GemeenteGegevens gegevens) {
        return gemeenten.wijzig(toegestaan(gebruiker, id), gegevens);
    }

    private static Long toegestaan(Sessiegebruiker gebruiker, Long id) {
        if (gebruiker.platformbeheerder() || id.equals(gebruiker.gemeenteId())) {
            return id;
        }
        throw new NietGevondenException("Gemeente");
    }
}
